// The Recouvrement sample: what the kernel does today, over a small bundled demo.
// It grows with the library; its output is reproducible.
using System.Globalization;
using NodaTime;
using Recouvrement;
using Recouvrement.Accounts;
using Recouvrement.Debtors;
using Microsoft.Extensions.DependencyInjection;
using Recouvrement.Extensions;
using Recouvrement.Penalties;
using Recouvrement.Plans;
using Recouvrement.Reasons;
using Recouvrement.Scheduling;

var french = CultureInfo.GetCultureInfo("fr-FR");
var invoice = new Money(1_000.00m, Currency.EUR);

Console.WriteLine("Recouvrement — demo");
Console.WriteLine();
Console.WriteLine("An invoice of 1,000.00 EUR offered in 3, 7 and 12 instalments; no cent is lost:");
foreach (var count in new[] { 3, 7, 12 })
{
    var instalments = invoice.Split(count);
    Console.WriteLine($"  {count,2} instalments: {string.Join(" + ", instalments.Distinct().Select(i => $"{instalments.Count(x => x == i)} × {i.ToString("C", french)}"))}");
}

Console.WriteLine();
Console.WriteLine("A 1,234.57 EUR payment spread over three invoices by their open amounts (500, 300, 200):");
Console.WriteLine(MoneyAllocation.ByWeights(new Money(1_234.57m, Currency.EUR), [500m, 300m, 200m]).Value);

Console.WriteLine();
Console.WriteLine("Caller data is checked and every problem is named at once:");
var refused = MoneyAllocation.ByWeights(new Money(10.005m, Currency.EUR), [1m, -2m]);
foreach (var error in refused.ValidationErrors)
{
    Console.WriteLine($"  [{error.ErrorCode}] {error.ErrorMessage}");
}

Console.WriteLine();
Console.WriteLine("A small demo portfolio as of 2026-04-15:");
var asOf = new LocalDate(2026, 4, 15);
var statements = DemoPortfolio.Accounts().Select(a => a.AsOf(asOf)).ToArray();
Console.WriteLine(AgingReport.Combine(statements).Value);
Console.WriteLine();
foreach (var statement in statements)
{
    var behaviour = PaymentBehaviour.Of(statement);
    Console.WriteLine($"{statement.Debtor.Name}: open {statement.Open}, overdue {statement.Overdue}, {behaviour.Reasons[0]}{(behaviour.IsChronicallyLate ? ", chronically late" : string.Empty)}");
    foreach (var gap in statement.Debtor.Reachability().Missing)
    {
        Console.WriteLine($"  missing contact data: {gap}");
    }
}

Console.WriteLine();
Console.WriteLine("Why each account is unpaid, and what to do:");
foreach (var statement in statements)
{
    var context = ReasonContext.Of(statement) with { ChronicallyLate = PaymentBehaviour.Of(statement).IsChronicallyLate };
    var classification = ReasonClassifier.Default.Classify(DemoPortfolio.Signals(statement.Debtor.Id), context).Value;
    Console.WriteLine($"{statement.Debtor.Name}: {classification.Primary.Reason.Label} ({classification.Primary.Confidence.Label}) -> {classification.Treatment.FirstAction.Label}");
    if (classification.Treatment.FirstAction == FirstAction.OfferPaymentPlan && statement.Overdue.IsPositive)
    {
        var request = new PlanRequest(statement.Overdue, asOf, asOf.PlusDays(15), PlanFrequency.Monthly)
        {
            Capacity = DemoPortfolio.DeclaredMonthlyCapacity(statement.Debtor.Id),
            MinimumInstalment = new Money(10m, statement.Overdue.Currency),
        };
        foreach (var proposal in PlanProposals.For(request).Value)
        {
            var amounts = string.Join(" + ", proposal.Plan.Instalments.Select(i => i.Amount.Amount.ToString("0.00", CultureInfo.InvariantCulture)));
            Console.WriteLine($"  plan #{proposal.Rank} ({proposal.Kind}): {amounts} {statement.Overdue.Currency.Code}, last on {proposal.Plan.LastDueDate:yyyy-MM-dd}");
        }
    }
}

Console.WriteLine();
Console.WriteLine("How the last payment of the portfolio was applied:");
Console.WriteLine(statements.SelectMany(s => s.Allocations).OrderBy(a => a.Date).Last());
Console.WriteLine();
Console.WriteLine(DaysSalesOutstanding.Countback(statements).Value);

Console.WriteLine();
Console.WriteLine("Statutory penalties on the oldest overdue invoice (France, between businesses):");
var garage = statements.Single(st => st.Debtor.Id == "C-077");
var oldest = garage.OpenItems.Where(i => !i.Kind.IsCharge).OrderBy(i => i.DueDate).First();
var late = LateInvoice.Of(garage, oldest) with
{
    CompensationAlreadyCharged = garage.Items.Any(i => i.Kind == ChargeKind.Fee && i.InvoiceId == oldest.Id),
};
var penalty = PenaltyCalculator.Calculate(late, garage.Debtor.Kind, LatePaymentRule.FranceBusiness(), asOf);
Console.WriteLine(penalty.IsSuccess
    ? penalty.Value.Describe(CultureInfo.InvariantCulture)
    : string.Join(Environment.NewLine, penalty.ValidationErrors.Select(e => e.ErrorMessage)));

Console.WriteLine();
Console.WriteLine("The day's collection run (each account's ladder by segment, its case decided, penalties to post):");
// The defaults of AddRecouvrement: France, the shipped ladders by segment, France B2B penalties, contact hours.
var run = new ServiceCollection().AddRecouvrement().BuildServiceProvider().GetRequiredService<CollectionRun>();
var tally = new RunTally();
var portfolio = DemoPortfolio.Accounts().Select(a => new PortfolioEntry(a) { Signals = DemoPortfolio.Signals(a.Debtor.Id) });
foreach (var action in run.Execute(portfolio, asOf, tally))
{
    Console.WriteLine($"  {action}");
}

Console.WriteLine();
Console.WriteLine(tally.ToSummary());

