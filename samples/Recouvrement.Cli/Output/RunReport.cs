using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Cli.Portfolios;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;
using Recouvrement.Plans;
using Recouvrement.Reasons;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli.Output;

/// <summary>What the <c>run</c> command shows, computed once and then written as text or JSON.</summary>
internal sealed record RunReport(
    string Portfolio,
    LocalDate AsOf,
    int Accounts,
    IReadOnlyList<RunAction> Actions,
    IReadOnlyList<(string DebtorId, PenaltyBreakdown Breakdown)> Penalties,
    IReadOnlyList<HardshipPlans> Plans,
    IReadOnlyList<AgingReport> Aging,
    IReadOnlyList<ReasonStatistics> Reasons,
    RunSummary Summary)
{
    /// <summary>Gets each debtor's name by id, for the tables a person reads.</summary>
    internal IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Runs the portfolio and explains it: the breakdown of each interest posting, plans for debtors in hardship.</summary>
    internal static RunReport Compute(Portfolio portfolio, LocalDate asOf, CollectionRun run, Action<int>? progress)
    {
        var tally = new RunTally();
        var actions = run.Execute(Counted(portfolio.Entries, progress), asOf, tally).ToList();
        var statements = portfolio.Entries.ToDictionary(e => e.Account.Debtor.Id, e => e.Account.AsOf(asOf), StringComparer.Ordinal);
        var entries = portfolio.Entries.ToDictionary(e => e.Account.Debtor.Id, StringComparer.Ordinal);

        var penalties = actions
            .Where(a => a.Kind == RunActionKind.PostInterest && a.ItemId is not null)
            .SelectMany(a => Breakdowns(run.Options.Jurisdictions!, entries[a.DebtorId], statements[a.DebtorId], a.ItemId!, asOf).Select(b => (a.DebtorId, b)))
            .ToList();

        var observations = new List<ReasonObservation>();
        var plans = new List<HardshipPlans>();
        foreach (var entry in portfolio.Entries)
        {
            var statement = statements[entry.Account.Debtor.Id];
            if (!statement.Overdue.IsPositive)
            {
                continue;
            }

            // Classified as the run classifies, so the statistics and the table agree.
            var classification = run.Options.Classifier.Classify(entry.Signals, ReasonContext.Of(statement));
            if (!classification.IsSuccess)
            {
                continue;
            }

            var reason = classification.Value.Primary.Reason;
            observations.Add(new ReasonObservation(entry.Account.Debtor.Id, reason, statement.Overdue, asOf));
            if (reason.Family == ReasonFamily.Hardship)
            {
                plans.Add(HardshipPlans.Propose(entry, statement, reason, portfolio.Capacities, run.Options.Jurisdictions!));
            }
        }

        var currencies = statements.Values.GroupBy(s => s.Currency).OrderBy(g => g.Key.Code, StringComparer.Ordinal).ToList();
        var aging = currencies.Select(g => AgingReport.Combine(g).Value).ToList();
        var reasons = currencies
            .Select(g => ReasonStatistics.Compute(observations.Where(o => o.Amount.Currency.Equals(g.Key)), g.Key).Value)
            .Where(s => s.Count > 0)
            .ToList();
        return new RunReport(portfolio.Name, asOf, portfolio.Entries.Count, actions, penalties, plans, aging, reasons, tally.ToSummary())
        {
            Names = entries.ToDictionary(e => e.Key, e => e.Value.Account.Debtor.Name, StringComparer.Ordinal),
        };
    }

    /// <summary>The breakdown behind an interest posting, one per late instalment of the invoice, as the run computed it.</summary>
    private static IEnumerable<PenaltyBreakdown> Breakdowns(JurisdictionRegistry laws, PortfolioEntry entry, AccountStatement statement, string invoiceId, LocalDate asOf)
    {
        var debtor = entry.Account.Debtor;
        var rule = laws.TryResolve(debtor, out var law) ? law.RuleFor(debtor.Kind) : null;
        var covering = entry.Cases.FirstOrDefault(c => !c.State.IsClosed && c.Covers(invoiceId));
        var until = covering?.Insolvency is { } insolvency && insolvency.Date < asOf ? insolvency.Date : asOf;
        var feeCharged = statement.Items.Any(i => i.Kind == ChargeKind.Fee && i.InvoiceId == invoiceId);
        foreach (var item in statement.Items.Where(i => i.InvoiceId == invoiceId && i.Kind == ChargeKind.Principal && i.DueDate < asOf))
        {
            var late = LateInvoice.Of(statement, item) with { FormalNoticeDate = covering?.FormalNoticeOn, CompensationAlreadyCharged = feeCharged };
            var breakdown = rule is null ? null : PenaltyCalculator.Calculate(late, debtor.Kind, rule, until, carryLastRateForward: true);
            if (breakdown is { IsSuccess: true })
            {
                yield return breakdown.Value;
            }
        }
    }

    /// <summary>The portfolio as the run reads it, reporting how many entries it has read.</summary>
    private static IEnumerable<PortfolioEntry> Counted(IReadOnlyList<PortfolioEntry> entries, Action<int>? progress)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            progress?.Invoke(i);
            yield return entries[i];
        }

        progress?.Invoke(entries.Count);
    }
}

/// <summary>The plans proposed to a debtor in hardship, fitted to what they declared they can pay.</summary>
internal sealed record HardshipPlans(string DebtorId, string DebtorName, UnpaidReason Reason, Money Overdue, Money Capacity, IReadOnlyList<PlanProposal> Proposals)
{
    internal static HardshipPlans Propose(PortfolioEntry entry, AccountStatement statement, UnpaidReason reason, IReadOnlyDictionary<string, Money> capacities, JurisdictionRegistry laws)
    {
        var debtor = entry.Account.Debtor;

        // Without a declared capacity, a year's worth of instalments is the opening offer.
        var capacity = capacities.TryGetValue(debtor.Id, out var declared) ? declared : statement.Overdue.Split(12)[0];
        var request = new PlanRequest(statement.Overdue, statement.AsOf, statement.AsOf.PlusDays(15), PlanFrequency.Monthly)
        {
            Capacity = capacity,
            MinimumInstalment = new Money(10m, statement.Currency),
            Calendar = laws.TryResolve(debtor, out var law) ? law.Calendar : null,
        };
        var proposals = PlanProposals.For(request);
        return new HardshipPlans(debtor.Id, debtor.Name, reason, statement.Overdue, capacity, proposals.IsSuccess ? proposals.Value : []);
    }
}
