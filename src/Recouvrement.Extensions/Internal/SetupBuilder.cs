using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.Result;
using Ardalis.SmartEnum;
using NodaTime;
using NodaTime.Text;
using Recouvrement.Calendars;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Internal;
using Recouvrement.Plans;
using Recouvrement.Reasons;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions.Internal;

/// <summary>
/// Turns options into a <see cref="RecouvrementSetup"/>, naming every problem by its configuration path
/// (<c>Recouvrement:Ladders:business:Steps:2:DaysAfterDue …</c>); the kernel's own checks are reused and their field
/// names translated into paths.
/// </summary>
internal sealed partial class SetupBuilder(RecouvrementOptions options, string path)
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>The plan policy's fields that <c>Plans</c> spells flat, by their settings.</summary>
    private static readonly Dictionary<string, string> PlanKeys = new(StringComparer.Ordinal)
    {
        ["Tolerance.GraceDays"] = "Plans:GraceDays",
        ["Tolerance.LateInstalmentsToBreak"] = "Plans:LateInstalmentsToBreak",
    };

    /// <summary>The run's fields that other sections configure, by their settings.</summary>
    private static readonly Dictionary<string, string> RunKeys = new(StringComparer.Ordinal)
    {
        [nameof(CollectionRunOptions.MinimumInterestPosting)] = "Penalties:MinimumInterestPosting",
    };

    private readonly List<string> errors = [];
    private Currency currency = Currency.EUR;

    internal IReadOnlyList<string> Errors => errors;

    /// <summary>Builds the setup, its classifier also applying the host's <paramref name="reasonRules"/> after the options' own.</summary>
    internal RecouvrementSetup? Build(IEnumerable<IReasonRule>? reasonRules = null)
    {
        errors.AddRange(options.BindingErrors);
        var home = Home();
        currency = CurrencyOf(home) ?? Currency.EUR;
        var calendar = CalendarOf(home);
        var zone = ZoneOf(home);
        var selection = Selection(Ladders(home), home);
        var plans = Plans(calendar);
        var decider = Decider(plans?.Tolerance ?? new PlanTolerance());
        var reasons = options.Reasons ?? new ReasonOptions();
        var classifier = ValueOf("Reasons", ReasonClassifier.Create(new ReasonClassifierOptions
        {
            LookbackDays = reasons.LookbackDays,
            OversightMaxDaysPastDue = reasons.OversightMaxDaysPastDue,
            BrokenPromisesForRefusal = reasons.BrokenPromisesForRefusal,
            InsufficientFundsForProbableInsolvency = reasons.InsufficientFundsForProbableInsolvency,
            Rules = [.. reasonRules ?? []],
        }));
        var rules = PenaltyRules(home);
        var hours = calendar is not null && options.ContactHours ? Hours(calendar) : null;
        var confirmed = RatesConfirmedUntil();
        if (errors.Count > 0 || selection is null || decider is null || classifier is null || calendar is null || zone is null || plans is null
            || Registry(home, calendar, zone, selection, rules) is not { } registry)
        {
            return null;
        }

        var runOptions = new CollectionRunOptions(selection)
        {
            Jurisdictions = registry,
            Decider = decider,
            Classifier = classifier,
            MinimumInterestPosting = (options.Penalties ?? new PenaltyOptions()).MinimumInterestPosting,
            RatesConfirmedUntil = confirmed,
            Calendar = calendar,
            ContactHours = hours,
            TimeZone = zone,
            BatchSize = options.Run?.BatchSize ?? 256,
            MaxDegreeOfParallelism = options.Run?.MaxDegreeOfParallelism ?? 1,
        };
        var run = ValueOf("Run", CollectionRun.Create(runOptions), RunKeys);
        return run is null ? null : new RecouvrementSetup(registry.Codes[home.Code], registry, decider, classifier, hours, plans, new JurisdictionPenaltyRules(registry), run);
    }

    private CaseDecider? Decider(PlanTolerance tolerance)
    {
        var cases = options.Cases ?? new CaseOptions();
        return ValueOf("Cases", CaseDecider.Create(new CasePolicy
        {
            PromiseGraceDays = cases.PromiseGraceDays,
            MaxContacts = cases.MaxContacts,
            ContactWindowDays = cases.ContactWindowDays,
            AgencyMinimum = Amount(cases.AgencyMinimum),
            CourtMinimum = Amount(cases.CourtMinimum),
            SurveyDelayDays = cases.SurveyDelayDays,
            SurveyAfterContactDays = cases.SurveyAfterContactDays.Count == 0 ? new CasePolicy().SurveyAfterContactDays : SurveyChannels(cases),
            SurveyExpiryDays = cases.SurveyExpiryDays,
            OfferHorizonDays = cases.OfferHorizonDays,
            PlanTolerance = tolerance,
        }));
    }

    /// <summary>The channels a contact through which is followed by a survey, and after how many days.</summary>
    private Dictionary<StepChannel, int> SurveyChannels(CaseOptions cases)
    {
        var channels = new Dictionary<StepChannel, int>();
        foreach (var pair in cases.SurveyAfterContactDays)
        {
            if (Named<StepChannel>($"Cases:SurveyAfterContactDays:{pair.Key}", pair.Key) is { } channel && pair.Value is { } days)
            {
                channels[channel] = days;
            }
        }

        return channels;
    }

    /// <summary>The plan terms, instalments moved off the options' calendar's non-business days.</summary>
    private PlanPolicy? Plans(IBusinessCalendar? calendar)
    {
        var plans = options.Plans ?? new PlanOptions();
        var frequency = Named<PlanFrequency>("Plans:Frequency", plans.Frequency ?? string.Empty);
        var method = Named<AmortizationMethod>("Plans:AmortizationMethod", plans.AmortizationMethod ?? string.Empty);
        var monthEnd = Choice<MonthEndRule>("Plans:MonthEnd", plans.MonthEnd);
        var convention = Choice<BusinessDayConvention>("Plans:Convention", plans.Convention);
        if (frequency is null || method is null || monthEnd is null || convention is null)
        {
            return null;
        }

        return ValueOf("Plans", new PlanPolicy
        {
            Frequency = frequency,
            MaxMonths = plans.MaxMonths,
            MaxCount = plans.MaxCount,
            MinimumInstalment = Amount(plans.MinimumInstalment),
            MinimumInstalmentPercent = plans.MinimumInstalmentPercent,
            MonthEnd = monthEnd.Value,
            Calendar = calendar,
            Convention = convention.Value,
            Interest = plans.InterestRatePercent is { } percent ? new PlanInterest(AnnualRate.FromPercent(percent), method) : null,
            Fee = Amount(plans.Fee),
            Tolerance = new PlanTolerance { GraceDays = plans.GraceDays, LateInstalmentsToBreak = plans.LateInstalmentsToBreak },
        }.Validate(), PlanKeys);
    }

    /// <summary>The default contact hours, or the configured window for calls and text messages.</summary>
    private ContactHours? Hours(IBusinessCalendar calendar)
    {
        if (options.ContactWindow is not { } window)
        {
            return ContactHours.Default(calendar);
        }

        var days = new List<IsoDayOfWeek>();
        for (var i = 0; i < window.Days.Count; i++)
        {
            if (Enum.TryParse<IsoDayOfWeek>(window.Days[i], ignoreCase: true, out var day) && day != IsoDayOfWeek.None && !int.TryParse(window.Days[i], out _))
            {
                days.Add(day);
            }
            else
            {
                Fail($"ContactWindow:Days:{i}", window.Days[i], "must be a day of the week, Monday to Sunday");
            }
        }

        var from = Time.Parse(window.From ?? string.Empty);
        var to = Time.Parse(window.To ?? string.Empty);
        if (!from.Success || !to.Success)
        {
            Fail(from.Success ? "ContactWindow:To" : "ContactWindow:From", from.Success ? window.To : window.From, "must be a time, HH:mm");
            return null;
        }

        var hours = new ContactWindow(days.Count > 0 ? days : [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday], from.Value, to.Value, window.ExcludesHolidays);
        return ValueOf("ContactWindow", ContactHours.Create(calendar, new Dictionary<ContactChannel, ContactWindow?> { [ContactChannel.PhoneCall] = hours, [ContactChannel.Sms] = hours }));
    }

    private T? Named<T>(string at, string name)
        where T : SmartEnum<T>
    {
        if (SmartEnum<T>.TryFromName(name, ignoreCase: true, out var value))
        {
            return value;
        }

        Fail(at, name, $"must be one of {string.Join(", ", SmartEnum<T>.List.OrderBy(v => v.Value).Select(v => v.Name))}");
        return null;
    }

    /// <summary>An enumeration member by its name (not its number, which a configuration file should not use).</summary>
    private T? Choice<T>(string at, string? name)
        where T : struct, Enum
    {
        var text = name?.Trim() ?? string.Empty;
        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase)
            && text.Length > 0 && !char.IsDigit(text[0]) && text[0] != '-')
        {
            return value;
        }

#if NET5_0_OR_GREATER
        var names = Enum.GetNames<T>();
#else
        var names = Enum.GetNames(typeof(T));
#endif
        Fail(at, name, $"must be one of {string.Join(", ", names)}");
        return null;
    }

    private Money? Amount(decimal? amount) => amount is { } a ? new Money(a, currency) : null;

    /// <summary>
    /// The value of a kernel result, or null after naming its errors, each by the setting the user wrote: the kernel's
    /// identifier as a configuration path under <paramref name="at"/> (<c>steps[2].DaysAfterDue</c> →
    /// <c>Steps:2:DaysAfterDue</c>), or the setting <paramref name="keys"/> gives it (<c>Penalties:MinimumInterestPosting</c>).
    /// </summary>
    private T? ValueOf<T>(string at, Result<T> result, Dictionary<string, string>? keys = null)
        where T : class
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        foreach (var error in result.ValidationErrors)
        {
            var setting = keys is not null && keys.TryGetValue(error.Identifier, out var own) ? $"{path}:{own}" : $"{path}:{at}:{Key(error.Identifier)}";

            // A value configuration held in the wrong shape was already named; what the kernel says of its default is noise.
            if (!options.BindingErrors.Exists(e => e.StartsWith(setting + " = ", StringComparison.Ordinal)))
            {
                errors.Add(ValidationErrors.Renamed(error, setting).ErrorMessage);
            }
        }

        return null;
    }

    /// <summary>"steps[2].daysAfterDue" as a configuration path: "Steps:2:DaysAfterDue".</summary>
    private static string Key(string identifier)
        => string.Join(":", identifier.Replace("[", ".").Replace("]", string.Empty).Split('.').Select(part => part.Length > 0 ? char.ToUpperInvariant(part[0]) + part.Substring(1) : part));

    private void Fail(string at, object? value, string why)
        => errors.Add($"{path}:{at} = {ValidationErrors.Describe(value)}: {why}");
}
