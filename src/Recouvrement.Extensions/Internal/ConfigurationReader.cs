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
    // Every setting read, by path: what is left in the section was misspelt or is not a setting.
    private readonly HashSet<string> read = new(StringComparer.OrdinalIgnoreCase);
    private string? tenants;

    internal void Read(IConfiguration section, RecouvrementOptions options)
    {
        options.Jurisdiction = Text(section, "Jurisdiction") ?? options.Jurisdiction;
        options.Currency = Text(section, "Currency") ?? options.Currency;
        options.Calendar = Text(section, "Calendar") ?? options.Calendar;
        options.TimeZone = Text(section, "TimeZone") ?? options.TimeZone;
        options.DefaultLadder = Text(section, "DefaultLadder") ?? options.DefaultLadder;
        options.ContactHours = Bool(section, "ContactHours") ?? options.ContactHours;
        if (section.GetSection("ContactWindow") is var window && window.Exists())
        {
            var read = options.ContactWindow ??= new ContactWindowOptions();
            read.From = Text(window, "From") ?? read.From;
            read.To = Text(window, "To") ?? read.To;
            read.ExcludesHolidays = Bool(window, "ExcludesHolidays") ?? read.ExcludesHolidays;
            foreach (var day in Items(window.GetSection("Days")))
            {
                read.Days.Add(Text(day) ?? string.Empty);
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
            read.Country = Text(ladder, "Country") ?? read.Country;
            read.GraceDays = Int(ladder, "GraceDays") ?? read.GraceDays;
            foreach (var step in Items(ladder.GetSection("Steps")))
            {
                read.Steps.Add(Step(step));
            }
        }

        foreach (var segment in Items(section.GetSection("Segments")))
        {
            options.Segments.Add(new SegmentOptions
            {
                Ladder = Text(segment, "Ladder"),
                DebtorKind = Text(segment, "DebtorKind"),
                FromOverdue = Decimal(segment, "FromOverdue"),
                BelowOverdue = Decimal(segment, "BelowOverdue"),
                ReasonFamily = Text(segment, "ReasonFamily"),
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
        foreach (var rate in penalties.GetSection("Rates").GetChildren())
        {
            var confirmed = options.Penalties.Rates.TryGetValue(rate.Key, out var existing) ? existing : options.Penalties.Rates[rate.Key] = new ReferenceRateOptions();
            confirmed.ConfirmedUntil = Text(rate, "ConfirmedUntil") ?? confirmed.ConfirmedUntil;
        }

        RateChanges(penalties.GetSection("BusinessRateChanges"), options.Penalties.BusinessRateChanges);
        RateChanges(penalties.GetSection("ConsumerRateChanges"), options.Penalties.ConsumerRateChanges);
        var run = section.GetSection("Run");
        options.Run.BatchSize = Int(run, "BatchSize") ?? options.Run.BatchSize;
        options.Run.MaxDegreeOfParallelism = Int(run, "MaxDegreeOfParallelism") ?? options.Run.MaxDegreeOfParallelism;

        // Only a section of its own is checked whole: a configuration root holds the host's other settings too.
        if (section is IConfigurationSection own)
        {
            tenants = own.Path + ":Tenants";
            Unknown(own);
        }
    }

    /// <summary>"None" turns a rule off; any other text is checked when the options are built.</summary>
    private string? Rule(IConfiguration section, string key)
        => Text(section, key) is var value && string.Equals(value, "None", StringComparison.OrdinalIgnoreCase) ? string.Empty : value;

    /// <summary>A setting's text, the setting noted as known.</summary>
    private string? Text(IConfiguration section, string key)
    {
        read.Add(section is IConfigurationSection s ? s.Path + ":" + key : key);
        return section[key];
    }

    /// <summary>A list item's text, the item noted as known.</summary>
    private string? Text(IConfigurationSection item)
    {
        read.Add(item.Path);
        return item.Value;
    }

    /// <summary>
    /// Names every setting under <paramref name="section"/> that was not read — a misspelt key would otherwise be ignored
    /// in silence —, with the known setting of the same section it is closest to. A tenant's own section is its own.
    /// </summary>
    private void Unknown(IConfigurationSection section)
    {
        foreach (var child in section.GetChildren())
        {
            if (string.Equals(child.Path, tenants, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (child.Value is not null && !read.Contains(child.Path))
            {
                var parent = section.Path + ":";
                var closest = read.Where(p => p.StartsWith(parent, StringComparison.OrdinalIgnoreCase) && p.IndexOf(':', parent.Length) < 0)
                    .Select(p => p.Substring(parent.Length))
                    .OrderBy(known => Distance(known, child.Key)).ThenBy(known => known, StringComparer.Ordinal)
                    .FirstOrDefault(known => Distance(known, child.Key) <= Math.Max(2, child.Key.Length / 3));
                errors.Add($"{child.Path} = \"{child.Value}\": is not a setting" + (closest is null ? string.Empty : $"; did you mean {parent}{closest}?"));
            }

            Unknown(child);
        }
    }

    /// <summary>The edit distance between two keys, ignoring case.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var same = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    /// <summary>The children of a list section, in index order (configuration keys sort as text: 10 before 2).</summary>
    private static IEnumerable<IConfigurationSection> Items(IConfiguration section)
        => section.GetChildren().OrderBy(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue);

    private StepOptions Step(IConfigurationSection step)
    {
        // What the section leaves out keeps the options' default, which is the kernel's: defaults live in one place.
        var read = new StepOptions();
        read.Name = Text(step, "Name");
        read.Kind = Text(step, "Kind") ?? read.Kind;
        read.DaysAfterDue = Int(step, "DaysAfterDue") ?? read.DaysAfterDue;
        read.AfterPreviousStep = Bool(step, "AfterPreviousStep") ?? read.AfterPreviousStep;
        read.MinimumGapDays = Int(step, "MinimumGapDays") ?? read.MinimumGapDays;
        read.Channel = Text(step, "Channel");
        read.Tone = Text(step, "Tone");
        read.TemplateKey = Text(step, "TemplateKey");
        read.Fee = Decimal(step, "Fee");
        read.MinimumOverdue = Decimal(step, "MinimumOverdue");
        read.MinimumOverduePercent = Decimal(step, "MinimumOverduePercent");
        read.MaximumOverdue = Decimal(step, "MaximumOverdue");
        read.RequiresApproval = Bool(step, "RequiresApproval");
        read.ResponseDays = Int(step, "ResponseDays") ?? read.ResponseDays;
        foreach (var kind in Items(step.GetSection("DebtorKinds")))
        {
            read.DebtorKinds.Add(Text(kind) ?? string.Empty);
        }

        foreach (var reason in Items(step.GetSection("Reasons")))
        {
            read.Reasons.Add(Text(reason) ?? string.Empty);
        }

        return read;
    }

    private void RateChanges(IConfigurationSection section, IList<RateChangeOptions> changes)
    {
        foreach (var change in Items(section))
        {
            changes.Add(new RateChangeOptions { From = Text(change, "From"), Percent = Decimal(change, "Percent") ?? 0m });
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
            cases.SurveyAfterContactDays[channel.Key] = string.IsNullOrEmpty(Text(channel)) ? null : Int(surveys, channel.Key);
        }
        cases.SurveyExpiryDays = Int(section, "SurveyExpiryDays") ?? cases.SurveyExpiryDays;
        cases.OfferHorizonDays = Int(section, "OfferHorizonDays") ?? cases.OfferHorizonDays;
    }

    private void Terms(IConfigurationSection section, ContractualTermsOptions terms)
    {
        terms.Name = Text(section, "Name") ?? terms.Name;
        terms.FixedRatePercent = Decimal(section, "FixedRatePercent") ?? terms.FixedRatePercent;
        terms.ReferenceRate = Text(section, "ReferenceRate") ?? terms.ReferenceRate;
        terms.MarginPercent = Decimal(section, "MarginPercent") ?? terms.MarginPercent;
        terms.DayCount = Text(section, "DayCount") ?? terms.DayCount;
        terms.GraceDays = Int(section, "GraceDays") ?? terms.GraceDays;
        terms.MinimumCharge = Decimal(section, "MinimumCharge") ?? terms.MinimumCharge;
        terms.Cap = Decimal(section, "Cap") ?? terms.Cap;
        terms.Method = Text(section, "Method") ?? terms.Method;
        terms.FixedFee = Decimal(section, "FixedFee") ?? terms.FixedFee;
    }

    private void Plans(IConfigurationSection section, PlanOptions plans)
    {
        plans.Frequency = Text(section, "Frequency") ?? plans.Frequency;
        plans.MaxMonths = Int(section, "MaxMonths") ?? plans.MaxMonths;
        plans.MaxCount = Int(section, "MaxCount") ?? plans.MaxCount;
        plans.MinimumInstalment = Decimal(section, "MinimumInstalment") ?? plans.MinimumInstalment;
        plans.MinimumInstalmentPercent = Decimal(section, "MinimumInstalmentPercent") ?? plans.MinimumInstalmentPercent;
        plans.MonthEnd = Text(section, "MonthEnd") ?? plans.MonthEnd;
        plans.Convention = Text(section, "Convention") ?? plans.Convention;
        plans.InterestRatePercent = Decimal(section, "InterestRatePercent") ?? plans.InterestRatePercent;
        plans.AmortizationMethod = Text(section, "AmortizationMethod") ?? plans.AmortizationMethod;
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
        if (Text(section, key) is not { } text)
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
