using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Debtors;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions.Tests;

public class TelemetryTests
{
    [Fact]
    public void An_observed_run_logs_and_measures_what_it_emits()
    {
        var logs = new ListLogger();
        using var provider = new ServiceCollection()
            .AddSingleton<ILogger<ObservedCollectionRun>>(logs)
            .AddRecouvrement()
            .BuildServiceProvider();
        var measured = new List<(string Instrument, double Value)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RecouvrementMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => measured.Add((instrument.Name, value)));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => measured.Add((instrument.Name, value)));
        listener.Start();

        var debtor = new Debtor("D-1", "Acme", DebtorKind.Business, "FR") { Contacts = [new Contact("Payer", ContactRole.PaymentApprover) { Email = "payer@acme.example" }] };
        var account = Account.Create(debtor, [new Invoice("A-1", new LocalDate(2026, 2, 1), new LocalDate(2026, 3, 1), new Money(1_500m, Currency.EUR))]).Value;
        var actions = provider.GetRequiredService<ObservedCollectionRun>().Execute([new PortfolioEntry(account), null], new LocalDate(2026, 3, 16)).ToList();

        Assert.Equal(4, actions.Count);
        Assert.Equal(3, measured.Count(m => m.Instrument == "recouvrement.run.actions"));
        Assert.Equal(1, measured.Count(m => m.Instrument == "recouvrement.run.problems"));
        Assert.Contains(measured, m => m.Instrument == "recouvrement.run.amount" && m.Value == 1_500d);
        Assert.Single(measured, m => m.Instrument == "recouvrement.run.duration");
        Assert.Equal(
            ["Collection run of 2026-03-16 started", "Portfolio entry #1 rejected: portfolio entry 1 has no account"],
            logs.Lines.Take(2));
        Assert.StartsWith("Collection run of 2026-03-16 finished: 2 entries, 4 actions, 1 rejected", logs.Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Two_tenants_runs_are_told_apart_in_metrics_and_log_scopes()
    {
        var logs = new ListLogger();
        using var provider = new ServiceCollection()
            .AddSingleton<ILogger<ObservedCollectionRun>>(logs)
            .AddRecouvrement("acme", _ => { })
            .AddRecouvrement("globex", _ => { })
            .BuildServiceProvider();
        var tenants = new List<object?>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RecouvrementMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == ObservedCollectionRun.TenantTag)
                {
                    lock (tenants)
                    {
                        tenants.Add(tag.Value);
                    }
                }
            }
        });
        listener.Start();

        var debtor = new Debtor("D-1", "Acme", DebtorKind.Business, "FR") { Contacts = [new Contact("Payer", ContactRole.PaymentApprover) { Email = "payer@acme.example" }] };
        var account = Account.Create(debtor, [new Invoice("A-1", new LocalDate(2026, 2, 1), new LocalDate(2026, 3, 1), new Money(1_500m, Currency.EUR))]).Value;
        foreach (var tenant in new[] { "acme", "globex" })
        {
            _ = provider.GetRequiredKeyedService<ObservedCollectionRun>(tenant).Execute([new PortfolioEntry(account)], new LocalDate(2026, 3, 16)).ToList();
        }

        Assert.Contains("acme", tenants);
        Assert.Contains("globex", tenants);
        Assert.Equal(["acme", "globex"], logs.Scopes);
    }

    private sealed class ListLogger : ILogger<ObservedCollectionRun>
    {
        public List<string> Lines { get; } = [];

        public List<object?> Scopes { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                Scopes.AddRange(pairs.Where(p => p.Key == ObservedCollectionRun.TenantTag).Select(p => p.Value));
            }

            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => Lines.Add(formatter(state, exception));
    }
}
