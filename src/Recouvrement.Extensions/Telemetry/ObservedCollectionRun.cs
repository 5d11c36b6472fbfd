using System;
using System.Collections.Generic;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions;

/// <summary>
/// The collection run as a host runs it: the same actions as <see cref="CollectionRun.Execute"/>, logged (start, end,
/// rejected entries) and measured (<see cref="RecouvrementMetrics"/>: actions, amounts, problems, duration).
/// </summary>
/// <remarks>This type is immutable and thread-safe; each enumeration is one run.</remarks>
public sealed class ObservedCollectionRun
{
    private readonly ILogger logger;

    /// <summary>Initializes the observed run.</summary>
    /// <param name="run">The run.</param>
    /// <param name="logger">Where the run logs.</param>
    public ObservedCollectionRun(CollectionRun run, ILogger<ObservedCollectionRun> logger)
        : this(run, logger, tenant: null)
    {
    }

    /// <summary>Initializes the observed run of a tenant: its logs and measurements carry the tenant's name.</summary>
    /// <param name="run">The run.</param>
    /// <param name="logger">Where the run logs.</param>
    /// <param name="tenant">The tenant's name; <see cref="DefaultTenant"/> when null.</param>
    public ObservedCollectionRun(CollectionRun run, ILogger<ObservedCollectionRun> logger, string? tenant)
    {
        Run = run ?? throw new ArgumentNullException(nameof(run));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        Tenant = tenant ?? DefaultTenant;
    }

    /// <summary>The <see cref="Tenant"/> of a run registered without a tenant.</summary>
    public const string DefaultTenant = "default";

    /// <summary>The tag and log-scope key every measurement and log line of the run carries.</summary>
    public const string TenantTag = "recouvrement.tenant";

    /// <summary>Gets the run observed.</summary>
    public CollectionRun Run { get; }

    /// <summary>Gets the tenant whose run this is: two tenants' logs and metrics are told apart by it.</summary>
    public string Tenant { get; }

    /// <summary>Runs over a portfolio, logging and measuring as the actions stream out.</summary>
    /// <param name="portfolio">The entries.</param>
    /// <param name="runDate">The run date.</param>
    /// <param name="tally">Adds up the run, when given; one is kept for the closing log line otherwise.</param>
    /// <returns>The actions, in the portfolio's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public IEnumerable<RunAction> Execute(IEnumerable<PortfolioEntry?> portfolio, LocalDate runDate, RunTally? tally = null)
    {
        _ = portfolio ?? throw new ArgumentNullException(nameof(portfolio));
        return Observe(portfolio, runDate, tally ?? new RunTally());
    }

    private IEnumerable<RunAction> Observe(IEnumerable<PortfolioEntry?> portfolio, LocalDate runDate, RunTally tally)
    {
        var day = LocalDatePattern.Iso.Format(runDate);
        var tenant = new KeyValuePair<string, object?>(TenantTag, Tenant);
        using var scope = logger.BeginScope(new[] { tenant });
        Log.RunStarted(logger, day);
        var clock = Stopwatch.StartNew();
        var actions = 0;
        foreach (var action in Run.Execute(portfolio, runDate, tally))
        {
            actions++;
            var kind = new KeyValuePair<string, object?>("recouvrement.action", action.Kind.Name);
            if (action.Kind == RunActionKind.Problem)
            {
                RecouvrementMetrics.Problems.Add(1, tenant);
                Log.EntryRejected(logger, action.DebtorId, action.Problem);
            }
            else
            {
                RecouvrementMetrics.Actions.Add(1, kind, new KeyValuePair<string, object?>("recouvrement.step", action.CaseAction?.Step?.Name ?? action.CaseAction?.Kind.Name ?? action.Kind.Name), tenant);
                RecouvrementMetrics.Amounts.Add((double)action.Amount.Amount, kind, new KeyValuePair<string, object?>("currency", action.Amount.Currency.Code), tenant);
            }

            yield return action;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        RecouvrementMetrics.Duration.Record(seconds, tenant);
        var summary = tally.ToSummary();
        Log.RunFinished(logger, day, summary.Entries, actions, summary.Problems, seconds);
    }
}
