using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Ardalis.Result;
using Ardalis.SmartEnum;
using NodaTime;
using NodaTime.Text;
using Recouvrement.Calendars;
using Recouvrement.Cases;
using Recouvrement.Communication;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Penalties;
using Recouvrement.Plans;
using Recouvrement.Reasons;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions.Internal;

/// <summary>
/// Turns options into a <see cref="RecouvrementSetup"/>, naming every problem by its configuration path
/// (<c>Recouvrement:Ladders:business:Steps:2:DaysAfterDue …</c>); the kernel's own checks are reused and their field
/// names translated into paths.
/// </summary>
internal sealed class SetupBuilder(RecouvrementOptions options, string path)
{
    private static readonly Dictionary<string, EscalationLadder> Shipped = new(StringComparer.Ordinal)
    {
        [nameof(EscalationLadders.ConsumerSmallAmount)] = EscalationLadders.ConsumerSmallAmount,
        [nameof(EscalationLadders.ConsumerInstalmentCredit)] = EscalationLadders.ConsumerInstalmentCredit,
        [nameof(EscalationLadders.BusinessStandard)] = EscalationLadders.BusinessStandard,
        [nameof(EscalationLadders.BusinessKeyAccount)] = EscalationLadders.BusinessKeyAccount,
        [nameof(EscalationLadders.PublicAuthority)] = EscalationLadders.PublicAuthority,
    };

    private static readonly Dictionary<string, BusinessCalendar> Calendars = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(BusinessCalendars.France)] = BusinessCalendars.France,
        [nameof(BusinessCalendars.FranceAlsaceMoselle)] = BusinessCalendars.FranceAlsaceMoselle,
        [nameof(BusinessCalendars.EnglandAndWales)] = BusinessCalendars.EnglandAndWales,
        [nameof(BusinessCalendars.Germany)] = BusinessCalendars.Germany,
    };

    /// <summary>Each rule by name, with the reference series a host's newly published rates extend (none for Germany's,
    /// which the host supplies in code).</summary>
    private static readonly Dictionary<string, (ReferenceRateSeries? Series, Func<ReferenceRateSeries?, LatePaymentRule> Make)> Rules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["FranceBusiness"] = (ReferenceRates.EcbMainRefinancingRate, series => LatePaymentRule.FranceBusiness(series)),
        ["FranceConsumer"] = (ReferenceRates.FrenchLegalRateOtherCases, series => LatePaymentRule.FranceConsumer(legalRate: series)),
        ["EuDirective"] = (ReferenceRates.EcbMainRefinancingRate, series => LatePaymentRule.EuDirective(series)),
        ["Germany"] = (null, _ => LatePaymentRule.Germany()),
        ["UnitedKingdom"] = (ReferenceRates.BankOfEnglandBankRate, series => LatePaymentRule.UnitedKingdom(series)),
    };

    private const string FranceContractual = "FranceBusinessContractual";

    private const string Contractual = "Contractual";

    private static readonly Dictionary<string, ReferenceRateSeries> ReferenceSeries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ecb"] = ReferenceRates.EcbMainRefinancingRate,
        ["FrenchLegalRate"] = ReferenceRates.FrenchLegalRateOtherCases,
        ["BankOfEngland"] = ReferenceRates.BankOfEnglandBankRate,
        ["GermanBaseRate"] = ReferenceRates.GermanBaseRate,
    };

    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private static readonly Regex KernelField = new(@"^steps\[(\d+)\](\.)?", RegexOptions.CultureInvariant);

    private readonly List<string> errors = [];
    private Currency currency = Currency.EUR;

    internal IReadOnlyList<string> Errors => errors;

    /// <summary>Builds the setup, its classifier also applying the host's <paramref name="reasonRules"/> after the options' own.</summary>
    internal RecouvrementSetup? Build(IEnumerable<IReasonRule>? reasonRules = null)
    {
        errors.AddRange(options.BindingErrors);
        if (CurrencyRegistry.Default.Find(options.Currency) is { IsSuccess: true } found)
        {
            currency = found.Value;
        }
        else
        {
            Fail("Currency", options.Currency, "is not a known ISO 4217 currency");
        }

        var calendar = Calendars.TryGetValue(options.Calendar ?? string.Empty, out var c) ? c : null;
        if (calendar is null)
        {
            Fail("Calendar", options.Calendar, $"must be one of {string.Join(", ", Calendars.Keys)}");
        }

        var zone = options.TimeZone is { } id ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) : null;
        if (zone is null)
        {
            Fail("TimeZone", options.TimeZone, "is not a time zone of the IANA database (\"Europe/Paris\")");
        }

        var ladders = Ladders();
        var selection = Selection(ladders);
        var plans = Plans(calendar);
        var decider = Decider(plans?.Tolerance ?? new PlanTolerance());
        var reasons = options.Reasons ?? new ReasonOptions();
        var classifier = Take("Reasons", ReasonClassifier.Create(new ReasonClassifierOptions
        {
            LookbackDays = reasons.LookbackDays,
            OversightMaxDaysPastDue = reasons.OversightMaxDaysPastDue,
            BrokenPromisesForRefusal = reasons.BrokenPromisesForRefusal,
            InsufficientFundsForProbableInsolvency = reasons.InsufficientFundsForProbableInsolvency,
            Rules = [.. reasonRules ?? []],
        }));
        var penalties = options.Penalties ?? new PenaltyOptions();
        var business = string.Equals(penalties.Business, FranceContractual, StringComparison.OrdinalIgnoreCase) ? ContractualRule(penalties)
            : string.Equals(penalties.Business, Contractual, StringComparison.OrdinalIgnoreCase) ? TermsRule(penalties.ContractualTerms)
            : Rule("Penalties:Business", penalties.Business, "Penalties:BusinessRateChanges", penalties.BusinessRateChanges);
        var consumer = string.Equals(penalties.Consumer, Contractual, StringComparison.OrdinalIgnoreCase) ? TermsRule(penalties.ContractualTerms)
            : Rule("Penalties:Consumer", penalties.Consumer, "Penalties:ConsumerRateChanges", penalties.ConsumerRateChanges);
        var hours = calendar is not null && options.ContactHours ? Hours(calendar) : null;
        if (errors.Count > 0 || selection is null || decider is null || classifier is null || calendar is null || zone is null || plans is null)
        {
            return null;
        }

        var penaltyRules = new ConfiguredPenaltyRules(business, consumer);
        var runOptions = new CollectionRunOptions(selection)
        {
            Decider = decider,
            Classifier = classifier,
            PenaltyRuleFor = penaltyRules.RuleFor,
            MinimumInterestPosting = penalties.MinimumInterestPosting,
            Calendar = calendar,
            ContactHours = hours,
            TimeZone = zone,
            BatchSize = options.Run?.BatchSize ?? 1024,
            MaxDegreeOfParallelism = options.Run?.MaxDegreeOfParallelism ?? 1,
        };
        var run = Take("Run", CollectionRun.Create(runOptions));
        return run is null ? null : new RecouvrementSetup(selection, decider, classifier, calendar, hours, zone, plans, penaltyRules, run);
    }

    private Dictionary<string, EscalationLadder> Ladders()
    {
        var ladders = new Dictionary<string, EscalationLadder>(Shipped, StringComparer.Ordinal);
        foreach (var pair in options.Ladders)
        {
            var (name, ladder) = (pair.Key, pair.Value);
            var at = $"Ladders:{name}";
            var builder = EscalationLadder.Builder(name, ladder?.Country ?? string.Empty);
            var steps = ladder?.Steps ?? [];
            for (var i = 0; i < steps.Count; i++)
            {
                builder.Add(Step($"{at}:Steps:{i}", steps[i]));
            }

            if (Take(at, builder.Build()) is { } built)
            {
                ladders[name] = built;
            }
        }

        return ladders;
    }

    private EscalationStep? Step(string at, StepOptions? step)
    {
        if (step is null)
        {
            return null;
        }

        var kind = Choice<StepKind>($"{at}:Kind", step.Kind);
        if (kind is null)
        {
            return null;
        }

        var (defaultChannel, defaultTone) = kind switch
        {
            StepKind.FormalNotice => (StepChannel.RegisteredLetter, Tone.Formal),
            StepKind.Agency => (StepChannel.AgencyHandover, Tone.Legal),
            StepKind.Court => (StepChannel.CourtFiling, Tone.Legal),
            StepKind.WriteOff => (StepChannel.ManagerReview, Tone.Formal),
            _ => (StepChannel.Email, Tone.Courteous),
        };
        var channel = step.Channel is null ? defaultChannel : Named<StepChannel>($"{at}:Channel", step.Channel);
        var tone = step.Tone is null ? defaultTone : Named<Tone>($"{at}:Tone", step.Tone);
        var kinds = step.DebtorKinds.Select((name, i) => Named<DebtorKind>($"{at}:DebtorKinds:{i}", name)).ToList();
        var reasons = step.Reasons.Select((name, i) => Named<UnpaidReason>($"{at}:Reasons:{i}", name)).ToList();
        return new EscalationStep(step.Name ?? string.Empty, kind.Value, step.DaysAfterDue, channel!, tone!, step.TemplateKey ?? string.Empty)
        {
            AfterPreviousStep = step.AfterPreviousStep,
            MinimumGapDays = step.MinimumGapDays,
            Fee = Amount(step.Fee),
            MinimumOverdue = Amount(step.MinimumOverdue),
            MaximumOverdue = Amount(step.MaximumOverdue),
            DebtorKinds = [.. kinds.Where(x => x is not null).Select(x => x!)],
            Reasons = [.. reasons.Where(x => x is not null).Select(x => x!)],
            RequiresApproval = step.RequiresApproval ?? kind is StepKind.Agency or StepKind.Court or StepKind.WriteOff,
            ResponseDays = step.ResponseDays,
        };
    }

    private LadderSelection? Selection(Dictionary<string, EscalationLadder> ladders)
    {
        var segments = new List<LadderSegment?>();
        if (options.Segments.Count == 0)
        {
            // Without segments, consumers and public authorities still get the ladders written for them.
            segments.Add(new LadderSegment(EscalationLadders.ConsumerSmallAmount) { DebtorKind = DebtorKind.Consumer });
            segments.Add(new LadderSegment(EscalationLadders.PublicAuthority) { DebtorKind = DebtorKind.PublicAuthority });
        }

        for (var i = 0; i < options.Segments.Count; i++)
        {
            var at = $"Segments:{i}";
            var segment = options.Segments[i];
            if (segment?.Ladder is not { } name || !ladders.TryGetValue(name, out var ladder))
            {
                Fail($"{at}:Ladder", segment?.Ladder, "names no ladder");
                continue;
            }

            segments.Add(new LadderSegment(ladder)
            {
                DebtorKind = segment.DebtorKind is null ? null : Named<DebtorKind>($"{at}:DebtorKind", segment.DebtorKind),
                FromOverdue = Amount(segment.FromOverdue),
                BelowOverdue = Amount(segment.BelowOverdue),
                ReasonFamily = segment.ReasonFamily is null ? null : Named<ReasonFamily>($"{at}:ReasonFamily", segment.ReasonFamily),
            });
        }

        if (!ladders.TryGetValue(options.DefaultLadder ?? string.Empty, out var fallback))
        {
            Fail("DefaultLadder", options.DefaultLadder, "names no ladder");
            return null;
        }

        return Take("Segments", LadderSelection.Create(fallback, segments));
    }

    private CaseDecider? Decider(PlanTolerance tolerance)
    {
        var cases = options.Cases ?? new CaseOptions();
        return Take("Cases", CaseDecider.Create(new CasePolicy
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
    private PlanPolicy? Plans(BusinessCalendar? calendar)
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

        return Take("Plans", new PlanPolicy
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
        }.Validate());
    }

    private LatePaymentRule? Rule(string at, string? name, string changesAt, IList<RateChangeOptions> changes)
    {
        if (name is null || name.Length == 0)
        {
            return null;
        }

        if (!Rules.TryGetValue(name, out var rule))
        {
            Fail(at, name, $"must be one of {string.Join(", ", Rules.Keys)}, {FranceContractual}, {Contractual}, or None");
            return null;
        }

        var series = rule.Series;
        for (var i = 0; i < changes.Count; i++)
        {
            var date = LocalDatePattern.Iso.Parse(changes[i].From ?? string.Empty);
            if (series is null || !date.Success)
            {
                Fail($"{changesAt}:{i}:From", changes[i].From, series is null ? $"{name}'s reference rate is supplied in code" : "must be a date, yyyy-MM-dd");
                continue;
            }

            series = Take($"{changesAt}:{i}", series.With(new RateChange(date.Value, AnnualRate.FromPercent(changes[i].Percent)))) ?? series;
        }

        return rule.Make(series);
    }

    /// <summary>A contract's own late-payment terms (an ERP's finance-charge terms).</summary>
    private LatePaymentRule? TermsRule(ContractualTermsOptions? terms)
    {
        const string At = "Penalties:ContractualTerms";
        if (terms is null)
        {
            Fail(At, null, $"is needed by the {Contractual} rule");
            return null;
        }

        var reference = default(ReferenceRateSeries);
        if (terms.ReferenceRate is { } name && !ReferenceSeries.TryGetValue(name, out reference))
        {
            Fail($"{At}:ReferenceRate", name, $"must be one of {string.Join(", ", ReferenceSeries.Keys)}");
        }

        var dayCount = Named<DayCount>($"{At}:DayCount", terms.DayCount ?? string.Empty);
        var method = Choice<InterestMethod>($"{At}:Method", terms.Method);
        if (dayCount is null || method is null || (terms.ReferenceRate is not null && reference is null))
        {
            return null;
        }

        return Take(At, LatePaymentRule.Contractual(new ContractualTerms
        {
            Name = terms.Name ?? new ContractualTerms().Name,
            FixedRate = terms.FixedRatePercent is { } percent ? AnnualRate.FromPercent(percent) : null,
            ReferenceRate = reference,
            Margin = AnnualRate.FromPercent(terms.MarginPercent),
            DayCount = dayCount,
            GraceDays = terms.GraceDays,
            MinimumCharge = Amount(terms.MinimumCharge),
            Cap = Amount(terms.Cap),
            Method = method.Value,
            FixedFee = Amount(terms.FixedFee),
        }));
    }

    /// <summary>A contractual rate between businesses in France, floored period by period at three times the legal rate.</summary>
    private LatePaymentRule? ContractualRule(PenaltyOptions penalties)
    {
        if (penalties.ContractualRatePercent is not { } percent)
        {
            Fail("Penalties:ContractualRatePercent", null, $"is needed by {FranceContractual}");
            return null;
        }

        return Take("Penalties:ContractualRatePercent", LatePaymentRule.FranceBusinessContractualRate(AnnualRate.FromPercent(percent)));
    }

    /// <summary>The default contact hours, or the configured window for calls and text messages.</summary>
    private ContactHours? Hours(BusinessCalendar calendar)
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
        return Take("ContactWindow", ContactHours.Create(calendar, new Dictionary<ContactChannel, ContactWindow?> { [ContactChannel.PhoneCall] = hours, [ContactChannel.Sms] = hours }));
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

    /// <summary>The value of a kernel result, or null after naming its errors under <paramref name="at"/>.</summary>
    private T? Take<T>(string at, Result<T> result)
        where T : class
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        foreach (var error in result.ValidationErrors)
        {
            // "steps[2].DaysAfterDue = 5: why" → "…:Steps:2:DaysAfterDue = 5: why"; other fields keep their name.
            var message = KernelField.Replace(error.ErrorMessage, m => $"Steps:{m.Groups[1].Value}" + (m.Groups[2].Success ? ":" : string.Empty));
            message = $"{path}:{at}:{char.ToUpperInvariant(message[0])}{message.Remove(0, 1)}";

            // A value configuration held in the wrong shape was already named; what the kernel says of its default is noise.
            var field = message.IndexOf(" = ", StringComparison.Ordinal) is var end and > 0 ? message.Substring(0, end + 3) : message;
            if (!options.BindingErrors.Exists(e => e.StartsWith(field, StringComparison.Ordinal)))
            {
                errors.Add(message);
            }
        }

        return null;
    }

    private void Fail(string at, object? value, string why)
        => errors.Add($"{path}:{at} = {(value is null ? "null" : $"\"{value}\"")}: {why}");
}
