using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.Configuration;

namespace Recouvrement.Extensions.Internal;

/// <summary>
/// Reads <see cref="RecouvrementOptions"/> from configuration by hand: no reflection (trimming and ahead-of-time safe),
/// and a value of the wrong type becomes a named problem reported at start-up with the others, not an exception.
/// </summary>
internal sealed class ConfigurationReader(List<string> errors)
{
    internal void Read(IConfiguration section, RecouvrementOptions options)
    {
        options.Jurisdiction = section["Jurisdiction"] ?? options.Jurisdiction;
        options.Currency = section["Currency"] ?? options.Currency;
        options.Calendar = section["Calendar"] ?? options.Calendar;
        options.TimeZone = section["TimeZone"] ?? options.TimeZone;
        options.DefaultLadder = section["DefaultLadder"] ?? options.DefaultLadder;
        options.ContactHours = Bool(section, "ContactHours") ?? options.ContactHours;
        if (section.GetSection("ContactWindow") is var window && window.Exists())
        {
            var read = options.ContactWindow ??= new ContactWindowOptions();
            read.From = window["From"] ?? read.From;
            read.To = window["To"] ?? read.To;
            read.ExcludesHolidays = Bool(window, "ExcludesHolidays") ?? read.ExcludesHolidays;
            foreach (var day in Items(window.GetSection("Days")))
            {
                read.Days.Add(day.Value ?? string.Empty);
            }
        }

        var reasons = section.GetSection("Reasons");
        options.Reasons.LookbackDays = Int(reasons, "LookbackDays") ?? options.Reasons.LookbackDays;
        options.Reasons.OversightMaxDaysPastDue = Int(reasons, "OversightMaxDaysPastDue") ?? options.Reasons.OversightMaxDaysPastDue;
        options.Reasons.BrokenPromisesForRefusal = Int(reasons, "BrokenPromisesForRefusal") ?? options.Reasons.BrokenPromisesForRefusal;
        options.Reasons.InsufficientFundsForProbableInsolvency = Int(reasons, "InsufficientFundsForProbableInsolvency") ?? options.Reasons.InsufficientFundsForProbableInsolvency;
        foreach (var ladder in section.GetSection("Ladders").GetChildren())
        {
            var read = options.Ladders.TryGetValue(ladder.Key, out var existing) ? existing : options.Ladders[ladder.Key] = new LadderOptions();
            read.Country = ladder["Country"] ?? read.Country;
            foreach (var step in Items(ladder.GetSection("Steps")))
            {
                read.Steps.Add(Step(step));
            }
        }

        foreach (var segment in Items(section.GetSection("Segments")))
        {
            options.Segments.Add(new SegmentOptions
            {
                Ladder = segment["Ladder"],
                DebtorKind = segment["DebtorKind"],
                FromOverdue = Decimal(segment, "FromOverdue"),
                BelowOverdue = Decimal(segment, "BelowOverdue"),
                ReasonFamily = segment["ReasonFamily"],
            });
        }

        Cases(section.GetSection("Cases"), options.Cases);
        var penalties = section.GetSection("Penalties");
        options.Penalties.Business = Rule(penalties, "Business") ?? options.Penalties.Business;
        options.Penalties.PublicAuthority = Rule(penalties, "PublicAuthority") ?? options.Penalties.PublicAuthority;
        options.Penalties.Consumer = Rule(penalties, "Consumer") ?? options.Penalties.Consumer;
        options.Penalties.MinimumInterestPosting = Decimal(penalties, "MinimumInterestPosting") ?? options.Penalties.MinimumInterestPosting;
        options.Penalties.ContractualRatePercent = Decimal(penalties, "ContractualRatePercent") ?? options.Penalties.ContractualRatePercent;
        if (penalties.GetSection("ContractualTerms") is var terms && terms.Exists())
        {
            Terms(terms, options.Penalties.ContractualTerms ??= new ContractualTermsOptions());
        }

        Plans(section.GetSection("Plans"), options.Plans);
        RateChanges(penalties.GetSection("BusinessRateChanges"), options.Penalties.BusinessRateChanges);
        RateChanges(penalties.GetSection("ConsumerRateChanges"), options.Penalties.ConsumerRateChanges);
        var run = section.GetSection("Run");
        options.Run.BatchSize = Int(run, "BatchSize") ?? options.Run.BatchSize;
        options.Run.MaxDegreeOfParallelism = Int(run, "MaxDegreeOfParallelism") ?? options.Run.MaxDegreeOfParallelism;
    }

    /// <summary>"None" turns a rule off; any other text is checked when the options are built.</summary>
    private static string? Rule(IConfiguration section, string key)
        => section[key] is { } value && value.Equals("None", StringComparison.OrdinalIgnoreCase) ? string.Empty : section[key];

    /// <summary>The children of a list section, in index order (configuration keys sort as text: 10 before 2).</summary>
    private static IEnumerable<IConfigurationSection> Items(IConfiguration section)
        => section.GetChildren().OrderBy(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue);

    private StepOptions Step(IConfigurationSection step)
    {
        var read = new StepOptions
        {
            Name = step["Name"],
            Kind = step["Kind"] ?? "Reminder",
            DaysAfterDue = Int(step, "DaysAfterDue") ?? 0,
            AfterPreviousStep = Bool(step, "AfterPreviousStep") ?? false,
            MinimumGapDays = Int(step, "MinimumGapDays") ?? 1,
            Channel = step["Channel"],
            Tone = step["Tone"],
            TemplateKey = step["TemplateKey"],
            Fee = Decimal(step, "Fee"),
            MinimumOverdue = Decimal(step, "MinimumOverdue"),
            MinimumOverduePercent = Decimal(step, "MinimumOverduePercent"),
            MaximumOverdue = Decimal(step, "MaximumOverdue"),
            RequiresApproval = Bool(step, "RequiresApproval"),
            ResponseDays = Int(step, "ResponseDays") ?? 8,
        };
        foreach (var kind in Items(step.GetSection("DebtorKinds")))
        {
            read.DebtorKinds.Add(kind.Value ?? string.Empty);
        }

        foreach (var reason in Items(step.GetSection("Reasons")))
        {
            read.Reasons.Add(reason.Value ?? string.Empty);
        }

        return read;
    }

    private void RateChanges(IConfigurationSection section, IList<RateChangeOptions> changes)
    {
        foreach (var change in Items(section))
        {
            changes.Add(new RateChangeOptions { From = change["From"], Percent = Decimal(change, "Percent") ?? 0m });
        }
    }

    private void Cases(IConfigurationSection section, CaseOptions cases)
    {
        cases.PromiseGraceDays = Int(section, "PromiseGraceDays") ?? cases.PromiseGraceDays;
        cases.MaxContacts = Int(section, "MaxContacts") ?? cases.MaxContacts;
        cases.ContactWindowDays = Int(section, "ContactWindowDays") ?? cases.ContactWindowDays;
        cases.AgencyMinimum = Decimal(section, "AgencyMinimum") ?? cases.AgencyMinimum;
        cases.CourtMinimum = Decimal(section, "CourtMinimum") ?? cases.CourtMinimum;
        cases.SurveyDelayDays = Int(section, "SurveyDelayDays") ?? cases.SurveyDelayDays;
        var surveys = section.GetSection("SurveyAfterContactDays");
        foreach (var channel in surveys.GetChildren())
        {
            cases.SurveyAfterContactDays[channel.Key] = string.IsNullOrEmpty(channel.Value) ? null : Int(surveys, channel.Key);
        }
        cases.SurveyExpiryDays = Int(section, "SurveyExpiryDays") ?? cases.SurveyExpiryDays;
        cases.OfferHorizonDays = Int(section, "OfferHorizonDays") ?? cases.OfferHorizonDays;
    }

    private void Terms(IConfigurationSection section, ContractualTermsOptions terms)
    {
        terms.Name = section["Name"] ?? terms.Name;
        terms.FixedRatePercent = Decimal(section, "FixedRatePercent") ?? terms.FixedRatePercent;
        terms.ReferenceRate = section["ReferenceRate"] ?? terms.ReferenceRate;
        terms.MarginPercent = Decimal(section, "MarginPercent") ?? terms.MarginPercent;
        terms.DayCount = section["DayCount"] ?? terms.DayCount;
        terms.GraceDays = Int(section, "GraceDays") ?? terms.GraceDays;
        terms.MinimumCharge = Decimal(section, "MinimumCharge") ?? terms.MinimumCharge;
        terms.Cap = Decimal(section, "Cap") ?? terms.Cap;
        terms.Method = section["Method"] ?? terms.Method;
        terms.FixedFee = Decimal(section, "FixedFee") ?? terms.FixedFee;
    }

    private void Plans(IConfigurationSection section, PlanOptions plans)
    {
        plans.Frequency = section["Frequency"] ?? plans.Frequency;
        plans.MaxMonths = Int(section, "MaxMonths") ?? plans.MaxMonths;
        plans.MaxCount = Int(section, "MaxCount") ?? plans.MaxCount;
        plans.MinimumInstalment = Decimal(section, "MinimumInstalment") ?? plans.MinimumInstalment;
        plans.MinimumInstalmentPercent = Decimal(section, "MinimumInstalmentPercent") ?? plans.MinimumInstalmentPercent;
        plans.MonthEnd = section["MonthEnd"] ?? plans.MonthEnd;
        plans.Convention = section["Convention"] ?? plans.Convention;
        plans.InterestRatePercent = Decimal(section, "InterestRatePercent") ?? plans.InterestRatePercent;
        plans.AmortizationMethod = section["AmortizationMethod"] ?? plans.AmortizationMethod;
        plans.Fee = Decimal(section, "Fee") ?? plans.Fee;
        plans.GraceDays = Int(section, "GraceDays") ?? plans.GraceDays;
        plans.LateInstalmentsToBreak = Int(section, "LateInstalmentsToBreak") ?? plans.LateInstalmentsToBreak;
    }

    private int? Int(IConfiguration section, string key)
        => Parse(section, key, "a whole number", text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null);

    private decimal? Decimal(IConfiguration section, string key)
        => Parse(section, key, "a number (\"1500.50\")", text => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null);

    private bool? Bool(IConfiguration section, string key)
        => Parse(section, key, "true or false", text => bool.TryParse(text, out var v) ? v : (bool?)null);

    private T? Parse<T>(IConfiguration section, string key, string expected, Func<string, T?> parse)
        where T : struct
    {
        if (section[key] is not { } text)
        {
            return null;
        }

        if (parse(text) is { } value)
        {
            return value;
        }

        var path = section is IConfigurationSection s ? s.Path + ":" + key : key;
        errors.Add($"{path} = \"{text}\": must be {expected}");
        return null;
    }
}
