using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Cases;
using Recouvrement.Escalation;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions.Tests;

public class AddRecouvrementTests
{
    private static IHost Host(Action<IServiceCollection, IConfiguration> register, string? json = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        if (json is null)
        {
            builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.sample.json"));
        }
        else
        {
            builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        }

        register(builder.Services, builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task The_sample_configuration_binds_and_starts()
    {
        using var host = Host((services, configuration) => services.AddRecouvrement(configuration.GetSection("Recouvrement")));
        await host.StartAsync();

        var ladders = host.Services.GetRequiredService<LadderSelection>();
        Assert.Equal("business", ladders.Default.Name);
        Assert.Equal(["First reminder", "Call", "Second reminder", "Formal notice", "Write-off proposal", "Collection agency", "Injonction de payer"], ladders.Default.Steps.Select(s => s.Name));
        Assert.Equal(new Money(15m, Currency.EUR), ladders.Default.Steps[2].Fee);
        Assert.True(ladders.Default.Steps[4].RequiresApproval);
        Assert.Equal("Consumer, small amount", ladders.Segments[0].Ladder.Name);
        Assert.Equal(new Money(500m, Currency.EUR), host.Services.GetRequiredService<CaseDecider>().Policy.AgencyMinimum);
        Assert.Equal("France", host.Services.GetRequiredService<IBusinessCalendar>().Name);
        Assert.NotNull(host.Services.GetRequiredService<CollectionRun>().Options.ContactHours);
        Assert.Equal(new Money(30m, Currency.EUR), host.Services.GetRequiredService<Recouvrement.Plans.PlanPolicy>().MinimumInstalment);
        await host.StopAsync();
    }

    [Fact]
    public async Task Every_configuration_mistake_is_named_by_its_path_at_start_up()
    {
        const string Json = """
        {
          "Recouvrement": {
            "Currency": "EUX",
            "TimeZone": "Europe/Lyon",
            "Ladders": {
              "business": {
                "Steps": [
                  { "Name": "First", "DaysAfterDue": 10, "TemplateKey": "a" },
                  { "Name": "Second", "DaysAfterDue": 20, "Channel": "Pigeon", "TemplateKey": "b" },
                  { "Name": "Third", "DaysAfterDue": 5, "TemplateKey": "c" },
                  { "Name": "Fourth", "DaysAfterDue": "soon", "TemplateKey": "d" }
                ]
              }
            },
            "Segments": [ { "Ladder": "missing" } ],
            "Cases": { "MaxContacts": 0 },
            "Penalties": { "Business": "Mars" }
          }
        }
        """;
        using var host = Host((services, configuration) => services.AddRecouvrement(configuration.GetSection("Recouvrement")), Json);
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Equal(
            [
                "Recouvrement:Ladders:business:Steps:3:DaysAfterDue = \"soon\": must be a whole number",
                "Recouvrement:Currency = \"EUX\": is not a known ISO 4217 currency",
                "Recouvrement:TimeZone = \"Europe/Lyon\": is not a time zone of the IANA database (\"Europe/Paris\")",
                "Recouvrement:Ladders:business:Steps:1:Channel = \"Pigeon\": must be one of Email, Sms, Letter, RegisteredLetter, CallTask, Visit, AgencyHandover, CourtFiling, ManagerReview",
                "Recouvrement:Ladders:business:Steps:1 = \"Second\": needs a channel, a tone and a template key",
            ],
            failure.Failures.Take(5));
        Assert.DoesNotContain(failure.Failures, f => f.StartsWith("Recouvrement:Ladders:business:Steps:3:DaysAfterDue = 0", StringComparison.Ordinal));
        Assert.Contains("Recouvrement:Segments:0:Ladder = \"missing\": names no ladder", failure.Failures);
        Assert.Contains(failure.Failures, f => f.StartsWith("Recouvrement:Ladders:business:Steps:2:DaysAfterDue = 5: puts 'Third' on day 5", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("Recouvrement:Cases:MaxContacts", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("Recouvrement:Penalties:Business = \"Mars\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Thresholds_contact_windows_and_newly_published_rates_come_from_configuration()
    {
        const string Json = """
        {
          "Recouvrement": {
            "Reasons": { "OversightMaxDaysPastDue": 5 },
            "ContactWindow": { "Days": [ "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" ], "From": "09:00", "To": "18:30" },
            "Penalties": { "BusinessRateChanges": [ { "From": "2027-01-01", "Percent": 1.75 } ] }
          }
        }
        """;
        using var host = Host((services, configuration) => services.AddRecouvrement(configuration.GetSection("Recouvrement")), Json);
        await host.StartAsync();
        var run = host.Services.GetRequiredService<CollectionRun>();
        var tenDaysLate = new Recouvrement.Reasons.ReasonContext(new LocalDate(2026, 3, 16)) { DaysPastDue = 10 };
        var classified = host.Services.GetRequiredService<Recouvrement.Reasons.ReasonClassifier>().Classify([], tenDaysLate).Value;
        Assert.NotEqual(Recouvrement.Reasons.UnpaidReason.Forgot, classified.Primary.Reason);
        Assert.Equal(Recouvrement.Reasons.UnpaidReason.Forgot, Recouvrement.Reasons.ReasonClassifier.Default.Classify([], tenDaysLate).Value.Primary.Reason);
        var window = run.Options.ContactHours!.WindowOf(Recouvrement.Debtors.ContactChannel.Sms)!;
        Assert.Equal((new LocalTime(9, 0), new LocalTime(18, 30), 5), (window.From, window.To, window.Days.Count));
        var business = RuleOf(run, Recouvrement.Debtors.DebtorKind.Business)!;
        var invoice = new Recouvrement.Penalties.LateInvoice("A-1", new Money(1_000m, Currency.EUR), new LocalDate(2026, 12, 31));
        var penalty = Recouvrement.Penalties.PenaltyCalculator.Calculate(invoice, Recouvrement.Debtors.DebtorKind.Business, business, new LocalDate(2027, 1, 31)).Value;
        Assert.Contains("rate on 2027-01-01 1.75", penalty.Describe(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Bad_windows_and_rates_are_named_by_path()
    {
        const string Json = """
        {
          "Recouvrement": {
            "ContactWindow": { "Days": [ "Caturday" ], "From": "nine" },
            "Penalties": { "BusinessRateChanges": [ { "From": "2020-01-01", "Percent": 1 } ] }
          }
        }
        """;
        using var host = Host((services, configuration) => services.AddRecouvrement(configuration.GetSection("Recouvrement")), Json);
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Recouvrement:ContactWindow:Days:0 = \"Caturday\": must be a day of the week, Monday to Sunday", failure.Failures);
        Assert.Contains("Recouvrement:ContactWindow:From = \"nine\": must be a time, HH:mm", failure.Failures);
        Assert.Contains(failure.Failures, f => f.StartsWith("Recouvrement:Penalties:BusinessRateChanges:0:Change = 2020-01-01: must come after the last change", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_misspelt_key_is_named_with_the_closest_setting_and_each_error_by_the_key_the_user_wrote()
    {
        const string Json = """
        {
          "Recouvrement": {
            "Plans": { "GraceDayz": 3, "LateInstalmentsToBreak": 0 },
            "Cases": { "PromiseGraceDays": 2, "SurveyAfterContactDays": { "CallTask": 1 } },
            "Ladders": { "b2b": { "Country": "FR", "Steps": [ { "Name": "Reminder", "DaysAfterDue": 1, "Channell": "Email", "TemplateKey": "r" } ] } },
            "Tenants": { "acme": { "Currency": "EUR" } },
            "Colour": "blue"
          }
        }
        """;
        using var host = Host((services, configuration) => services.AddRecouvrement(configuration.GetSection("Recouvrement")), Json);
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Recouvrement:Plans:GraceDayz = \"3\": is not a setting; did you mean Recouvrement:Plans:GraceDays?", failure.Failures);
        Assert.Contains("Recouvrement:Ladders:b2b:Steps:0:Channell = \"Email\": is not a setting; did you mean Recouvrement:Ladders:b2b:Steps:0:Channel?", failure.Failures);
        Assert.Contains("Recouvrement:Colour = \"blue\": is not a setting", failure.Failures);
        Assert.Contains("Recouvrement:Plans:LateInstalmentsToBreak = 0: must be at least 1", failure.Failures);
        Assert.DoesNotContain(failure.Failures, f => f.Contains("Tenants", StringComparison.Ordinal) || f.Contains("SurveyAfterContactDays", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_keys_are_named_in_a_section_and_a_tenants_section_but_not_in_a_whole_configuration()
    {
        const string Json = """
        {
          "Recouvrement": {
            "Calendar": "Germany",
            "Colour": "blue",
            "Extras": { },
            "Tenants": { "acme": { "Calender": "Germany", "Plans": { "GraceDays": 4 } } }
          },
          "Logging": { "LogLevel": { "Default": "Warning" } }
        }
        """;
        using var sections = Host((services, configuration) => services
            .AddRecouvrement(configuration.GetSection("Recouvrement"))
            .AddRecouvrement("acme", configuration.GetSection("Recouvrement:Tenants:acme")), Json);
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => sections.StartAsync());
        Assert.Equal(
            ["Recouvrement:Colour = \"blue\": is not a setting", "Recouvrement:Tenants:acme:Calender = \"Germany\": is not a setting; did you mean Recouvrement:Tenants:acme:Calendar?"],
            failure.Failures.Order(StringComparer.Ordinal));

        // A whole configuration is read from its root keys, and it holds the host's own settings too ("Logging"): no key
        // in it is taken for a mistake, and the "Recouvrement" section is not read.
        using var root = Host((services, configuration) => services.AddRecouvrement(configuration), Json);
        await root.StartAsync();
        Assert.Equal("France", root.Services.GetRequiredService<IBusinessCalendar>().Name);
        await root.StopAsync();
    }

    [Fact]
    public async Task A_ladder_has_its_own_grace_period()
    {
        const string Json = """
        {
          "Recouvrement": {
            "DefaultLadder": "b2b",
            "Ladders": { "b2b": { "GraceDays": 7, "Steps": [
              { "Name": "Reminder", "DaysAfterDue": 1, "Channel": "Email", "TemplateKey": "r" },
              { "Name": "Write-off", "Kind": "WriteOff", "DaysAfterDue": 60, "Channel": "Letter", "TemplateKey": "w" } ] } }
          }
        }
        """;
        using var host = Host((services, configuration) => services.AddRecouvrement(configuration.GetSection("Recouvrement")), Json);
        await host.StartAsync();
        Assert.Equal(7, host.Services.GetRequiredService<LadderSelection>().Default.GraceDays);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_host_confirms_a_rate_still_holds_in_configuration()
    {
        const string Json = """
        {
          "Recouvrement": {
            "Penalties": { "Rates": { "Ecb": { "ConfirmedUntil": "2026-12-31" }, "Mars": { "ConfirmedUntil": "2026-12-31" }, "GermanBaseRate": { "ConfirmedUntil": "2020-01-01" } } }
          }
        }
        """;
        using var bad = Host((services, configuration) => services.AddRecouvrement(configuration.GetSection("Recouvrement")), Json);
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => bad.StartAsync());
        Assert.Contains(failure.Failures, f => f.StartsWith("Recouvrement:Penalties:Rates:Mars = \"Mars\": must be one of Ecb, ", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("Recouvrement:Penalties:Rates:GermanBaseRate:ConfirmedUntil = \"2020-01-01\": must be a date, yyyy-MM-dd, not before the last day the series is known", StringComparison.Ordinal));

        using var host = Host((services, configuration) => services.AddRecouvrement(configuration.GetSection("Recouvrement")), Json.Replace(", \"Mars\": { \"ConfirmedUntil\": \"2026-12-31\" }, \"GermanBaseRate\": { \"ConfirmedUntil\": \"2020-01-01\" }", string.Empty, StringComparison.Ordinal));
        await host.StartAsync();
        Assert.Equal(new LocalDate(2026, 12, 31), host.Services.GetRequiredService<CollectionRun>().Options.RatesConfirmedUntil[Recouvrement.Penalties.ReferenceRates.EcbMainRefinancingRate.Name]);
        await host.StopAsync();
    }

    [Fact]
    public void A_contractual_rate_between_businesses_needs_its_rate()
    {
        var services = new ServiceCollection().AddRecouvrement(o => o.Penalties.Business = "FranceBusinessContractual");
        using (var provider = services.BuildServiceProvider())
        {
            var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<CollectionRun>());
            Assert.Equal(["Recouvrement:Penalties:ContractualRatePercent = null: is needed by FranceBusinessContractual"], failure.Failures);
        }

        using var configured = new ServiceCollection().AddRecouvrement(o => (o.Penalties.Business, o.Penalties.ContractualRatePercent) = ("FranceBusinessContractual", 15m)).BuildServiceProvider();
        var rule = RuleOf(configured.GetRequiredService<CollectionRun>(), Recouvrement.Debtors.DebtorKind.Business)!;
        var invoice = new Recouvrement.Penalties.LateInvoice("A-1", new Money(15_000m, Currency.EUR), new LocalDate(2026, 1, 31));
        Assert.Equal(new Money(184.93m, Currency.EUR), Recouvrement.Penalties.PenaltyCalculator.Calculate(invoice, Recouvrement.Debtors.DebtorKind.Business, rule, new LocalDate(2026, 3, 2)).Value.Interest);
    }

    [Fact]
    public void A_host_replaces_any_part_by_registering_it_first()
    {
        var mine = CaseDecider.Create(new CasePolicy { PromiseGraceDays = 10 }).Value;
        using var host = Host((services, _) => services.AddSingleton(mine).AddRecouvrement());
        Assert.Same(mine, host.Services.GetRequiredService<CaseDecider>());
        Assert.Same(mine, host.Services.GetRequiredService<CollectionRun>().Options.Decider);
    }

    [Fact]
    public async Task Plan_terms_and_contractual_late_payment_terms_come_from_configuration()
    {
        const string Json = """
        {
          "Recouvrement": {
            "Plans": {
              "Frequency": "Fortnightly", "MaxMonths": 12, "MinimumInstalment": 50, "Convention": "ModifiedFollowing",
              "InterestRatePercent": 4, "AmortizationMethod": "SimpleInterest", "Fee": 20, "GraceDays": 3, "LateInstalmentsToBreak": 1
            },
            "Penalties": {
              "Business": "Contractual",
              "ContractualTerms": { "Name": "Acme terms", "ReferenceRate": "Ecb", "MarginPercent": 7, "DayCount": "Actual360", "GraceDays": 10, "Cap": 500 }
            }
          }
        }
        """;
        using var host = Host((services, configuration) => services.AddRecouvrement(configuration.GetSection("Recouvrement")), Json);
        await host.StartAsync();

        var plans = host.Services.GetRequiredService<Recouvrement.Plans.PlanPolicy>();
        Assert.Equal((Recouvrement.Plans.PlanFrequency.Fortnightly, 12, BusinessDayConvention.ModifiedFollowing), (plans.Frequency, plans.MaxMonths, plans.Convention));
        Assert.Equal(new Recouvrement.Plans.PlanInterest(AnnualRate.FromPercent(4m), Recouvrement.Plans.AmortizationMethod.SimpleInterest), plans.Interest);
        Assert.Equal("France", plans.Calendar!.Name);
        Assert.Equal(3, host.Services.GetRequiredService<CaseDecider>().Policy.PlanTolerance.GraceDays);

        var total = new Money(600m, Currency.EUR);
        var forBusiness = Recouvrement.Plans.PaymentPlanCalculator.Calculate(plans.Request(total, new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 15), Recouvrement.Debtors.DebtorKind.Business) with { Count = 6 }).Value;
        var forConsumer = Recouvrement.Plans.PaymentPlanCalculator.Calculate(plans.Request(total, new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 15), Recouvrement.Debtors.DebtorKind.Consumer) with { Count = 6 }).Value;
        Assert.Equal((new Money(20m, Currency.EUR), Money.Zero(Currency.EUR)), (forBusiness.Fees, forConsumer.Fees));

        var rule = host.Services.GetRequiredService<IPenaltyRuleSelector>().RuleFor(new Recouvrement.Debtors.Debtor("D", "D", Recouvrement.Debtors.DebtorKind.Business, "FR"));
        Assert.Equal("Acme terms", rule!.Name);
        Assert.Same(rule, RuleOf(host.Services.GetRequiredService<CollectionRun>(), Recouvrement.Debtors.DebtorKind.Business));
        await host.StopAsync();
    }

    [Fact]
    public async Task Bad_plan_terms_and_missing_contractual_terms_are_named_by_path()
    {
        const string Json = """
        {
          "Recouvrement": {
            "Plans": { "Frequency": "Daily", "MonthEnd": "7", "MaxMonths": 0, "InterestRatePercent": -1 },
            "Penalties": { "Consumer": "Contractual" }
          }
        }
        """;
        using var host = Host((services, configuration) => services.AddRecouvrement(configuration.GetSection("Recouvrement")), Json);
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Equal(
            [
                "Recouvrement:Plans:Frequency = \"Daily\": must be one of Weekly, Fortnightly, Monthly, Quarterly",
                "Recouvrement:Plans:MonthEnd = \"7\": must be one of KeepShortenedDay, ReturnToAnchorDay",
                "Recouvrement:Penalties:ContractualTerms = null: is needed by the Contractual rule",
            ],
            failure.Failures);

        using var fixedUp = Host((services, configuration) => services.AddRecouvrement(configuration.GetSection("Recouvrement")), Json.Replace("\"Daily\"", "\"Weekly\"", StringComparison.Ordinal).Replace("\"7\"", "\"KeepShortenedDay\"", StringComparison.Ordinal));
        var next = await Assert.ThrowsAsync<OptionsValidationException>(() => fixedUp.StartAsync());
        Assert.Contains($"Recouvrement:Plans:MaxMonths = 0: must be between 1 and {Plans.PlanLimits.MaxMonths}", next.Failures);
        Assert.Contains(next.Failures, f => f.StartsWith("Recouvrement:Plans:Interest = ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_run_uses_the_hosts_penalty_rules_and_reason_rules()
    {
        using var host = Host((services, _) => services
            .AddSingleton<IPenaltyRuleSelector, NoPenalties>()
            .AddSingleton<Recouvrement.Reasons.IReasonRule, JobLossInNotes>()
            .AddRecouvrement());
        await host.StartAsync();
        var run = host.Services.GetRequiredService<CollectionRun>();
        // The host's choice takes the place of every profile's rule, at home and abroad.
        Assert.Null(run.Options.PenaltyRuleFor!(new Recouvrement.Debtors.Debtor("D", "D", Recouvrement.Debtors.DebtorKind.Business, "DE")));

        var asOf = new LocalDate(2026, 3, 16);
        var note = new Recouvrement.Reasons.ContactNote(asOf, "lost his job in February");
        var classified = run.Options.Classifier.Classify([note], new Recouvrement.Reasons.ReasonContext(asOf) { DaysPastDue = 40 }).Value;
        Assert.Equal(Recouvrement.Reasons.UnpaidReason.JobLoss, classified.Primary.Reason);
        Assert.Same(run.Options.Classifier, host.Services.GetRequiredService<Recouvrement.Reasons.ReasonClassifier>());
        await host.StopAsync();
    }

    private sealed class NoPenalties : IPenaltyRuleSelector
    {
        public Recouvrement.Penalties.LatePaymentRule? RuleFor(Recouvrement.Debtors.Debtor debtor) => null;
    }

    private sealed class JobLossInNotes : Recouvrement.Reasons.IReasonRule
    {
        public Recouvrement.Reasons.ReasonFinding? Evaluate(Recouvrement.Reasons.ReasonSignal signal, Recouvrement.Reasons.ReasonContext context)
            => signal is Recouvrement.Reasons.ContactNote { Text: var text } && text.Contains("job", StringComparison.OrdinalIgnoreCase)
                ? new Recouvrement.Reasons.ReasonFinding(Recouvrement.Reasons.UnpaidReason.JobLoss, Recouvrement.Reasons.ReasonConfidence.Medium)
                : null;
    }

    [Fact]
    public void Calling_it_twice_adds_no_service_twice_and_both_configurations_apply_in_order()
    {
        var services = new ServiceCollection();
        services.AddRecouvrement(o => o.DefaultLadder = "BusinessKeyAccount");
        services.AddRecouvrement(o => o.Calendar = "Germany");
        Assert.Single(services, d => d.ServiceType == typeof(CollectionRun));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<RecouvrementOptions>));
        using var provider = services.BuildServiceProvider();
        Assert.Equal("Business, key account", provider.GetRequiredService<LadderSelection>().Default.Name);
        Assert.Equal("Germany", provider.GetRequiredService<IBusinessCalendar>().Name);
    }

    [Fact]
    public async Task Two_tenants_side_by_side()
    {
        using var host = Host((services, _) => services
            .AddRecouvrement("acme", o => o.DefaultLadder = "BusinessKeyAccount")
            .AddRecouvrement("city", o =>
            {
                o.DefaultLadder = "PublicAuthority";
                o.Calendar = "Germany";
            }));
        await host.StartAsync();
        Assert.Equal("Business, key account", host.Services.GetRequiredKeyedService<LadderSelection>("acme").Default.Name);
        Assert.Equal("Public authority", host.Services.GetRequiredKeyedService<CollectionRun>("city").Options.Ladders.Default.Name);
        Assert.Equal("Germany", host.Services.GetRequiredKeyedService<IBusinessCalendar>("city").Name);
        Assert.Equal("France", host.Services.GetRequiredKeyedService<IBusinessCalendar>("acme").Name);
        await host.StopAsync();
    }

    [Fact]
    public async Task Two_failing_tenants_are_named_in_one_exception()
    {
        using var host = Host((services, _) => services
            .AddRecouvrement("acme", o => o.DefaultLadder = "Nowhere")
            .AddRecouvrement("city", o => o.Calendar = "Atlantis"));
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Equal(typeof(RecouvrementOptions), failure.OptionsType);
        Assert.Contains(failure.Failures, f => f.StartsWith("Recouvrement:Tenants:acme:DefaultLadder = \"Nowhere\"", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("Recouvrement:Tenants:city:Calendar = \"Atlantis\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_clock_is_the_hosts_time_provider_or_the_system_clock()
    {
        var frozen = new FrozenTime(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
        using var faked = Host((services, _) => services.AddSingleton<TimeProvider>(frozen).AddRecouvrement());
        Assert.Equal(Instant.FromUtc(2026, 11, 23, 9, 30), faked.Services.GetRequiredService<IClock>().GetCurrentInstant());

        using var real = Host((services, _) => services.AddRecouvrement());
        Assert.Same(SystemClock.Instance, real.Services.GetRequiredService<IClock>());
    }

    private sealed class FrozenTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>The rule the run applies to a debtor of <paramref name="kind"/> under <paramref name="law"/>.</summary>
    private static Recouvrement.Penalties.LatePaymentRule? RuleOf(CollectionRun run, Recouvrement.Debtors.DebtorKind kind, string law = "FR")
        => run.Options.Jurisdictions!.Resolve(new Recouvrement.Debtors.Debtor("D", "D", kind, law)).Value.RuleFor(kind);
}
