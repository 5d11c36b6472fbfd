using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Internal;
using Recouvrement.Penalties;

namespace Recouvrement.Jurisdictions;

/// <summary>
/// One law's profile: what differs from one country (or region) to the next in collecting a debt — the late-payment
/// rule per kind of debtor and its compensation, the business calendar and the time zone, the ladders and their court
/// procedures with thresholds in the jurisdiction's currency, the consumer protections, the limitation periods. A
/// <see cref="JurisdictionRegistry"/> resolves each debtor to one.
/// </summary>
/// <remarks>
/// Immutable: a host changes a profile with <c>with</c> and puts it in a registry with <see cref="JurisdictionRegistry.With"/>.
/// Its maps and lists are copied, and compared by content.
/// </remarks>
public sealed record Jurisdiction
{
    private readonly IReadOnlyDictionary<DebtorKind, LatePaymentRule?> rules = ValueDictionary<DebtorKind, LatePaymentRule?>.Empty;
    private readonly IReadOnlyDictionary<DebtorKind, LimitationPeriod> limitation = ValueDictionary<DebtorKind, LimitationPeriod>.Empty;

    /// <summary>Initializes a new instance of the <see cref="Jurisdiction"/> record.</summary>
    /// <param name="code">The ISO 3166 code: a country ("FR", "DE") or a subdivision ("FR-57", "GB-ENG").</param>
    /// <param name="name">The name ("France", "England and Wales").</param>
    /// <param name="currency">The currency of its thresholds and fixed sums.</param>
    /// <param name="timeZone">The time zone contacts are timed in.</param>
    /// <param name="calendar">The business calendar: legal deadlines end on its business days, contacts avoid its holidays.</param>
    /// <param name="ladders">The ladders by segment, in the jurisdiction's language and procedures.</param>
    public Jurisdiction(string code, string name, Currency currency, DateTimeZone timeZone, IBusinessCalendar calendar, LadderSelection ladders)
    {
        Code = code;
        Name = name;
        Currency = currency;
        TimeZone = timeZone;
        Calendar = calendar;
        Ladders = ladders;
    }

    /// <summary>Gets the ISO 3166 code: a country ("FR", "DE") or a subdivision ("FR-57", "GB-ENG").</summary>
    public string Code { get; init; }

    /// <summary>Gets the name ("France", "England and Wales").</summary>
    public string Name { get; init; }

    /// <summary>Gets the currency of its thresholds and fixed sums.</summary>
    public Currency Currency { get; init; }

    /// <summary>Gets the time zone contacts are timed in.</summary>
    public DateTimeZone TimeZone { get; init; }

    /// <summary>Gets the business calendar: legal deadlines end on its business days, contacts avoid its holidays.</summary>
    public IBusinessCalendar Calendar { get; init; }

    /// <summary>Gets the ladders by segment, in the jurisdiction's language and procedures.</summary>
    public LadderSelection Ladders { get; init; }

    /// <summary>Gets the country: the code's first two letters.</summary>
    public string Country => Code.Length >= 2 ? Code.Substring(0, 2) : Code;

    /// <summary>Gets the language of its letters and step names (ISO 639-1: "fr", "de", "en").</summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// Gets the late-payment rule for each kind of debtor; a kind mapped to null owes no statutory interest (an English
    /// consumer). Every kind must be given, even as null: the law's silence is stated, never assumed. Copied.
    /// </summary>
    public IReadOnlyDictionary<DebtorKind, LatePaymentRule?> Rules
    {
        get => rules;
        init => rules = ValueDictionary.Of(value);
    }

    /// <summary>Gets the limitation period for each kind of debtor; a kind left out gets no warning before its claims are time-barred. Copied.</summary>
    public IReadOnlyDictionary<DebtorKind, LimitationPeriod> Limitation
    {
        get => limitation;
        init => limitation = ValueDictionary.Of(value);
    }

    /// <summary>Gets what consumer law asks before a cost or a claim.</summary>
    public ConsumerProtection ConsumerProtection { get; init; } = new("none stated");

    /// <summary>Gets the legal sources of the profile, for the documentation and the explanations. Copied.</summary>
    public IReadOnlyList<string> Sources { get; init => field = ValueList.OrNull(value); } = ValueList<string>.Empty;

    /// <summary>The late-payment rule for a kind of debtor.</summary>
    /// <param name="kind">The debtor's kind.</param>
    /// <returns>The rule; null when the law gives none (or the profile does not say).</returns>
    public LatePaymentRule? RuleFor(DebtorKind kind) => kind is not null && rules.TryGetValue(kind, out var rule) ? rule : null;

    /// <summary>The limitation period for a kind of debtor.</summary>
    /// <param name="kind">The debtor's kind.</param>
    /// <returns>The period; null when the profile gives none.</returns>
    public LimitationPeriod? LimitationFor(DebtorKind kind) => kind is not null && limitation.TryGetValue(kind, out var period) ? period : null;

    /// <summary>Checks the profile: every problem is named under <paramref name="field"/>.</summary>
    internal void Check(string field, ValidationErrors errors)
    {
        if (Code is null || !IsCode(Code))
        {
            errors.Add($"{field}.Code", Code, "must be an ISO 3166 code, a country (\"DE\") or a subdivision (\"FR-57\", \"GB-ENG\")", ErrorCodes.Format);
        }

        if (string.IsNullOrWhiteSpace(Name) || Currency is null || TimeZone is null || Calendar is null || Ladders is null)
        {
            errors.Add(field, Name, "needs a name, a currency, a time zone, a calendar and ladders", ErrorCodes.Required);
            return;
        }

        foreach (var kind in DebtorKind.List.OrderBy(k => k.Value))
        {
            if (!rules.ContainsKey(kind))
            {
                errors.Add($"{field}.Rules", kind.Name, "has no late-payment rule for this kind of debtor: give one, or null where the law gives none", ErrorCodes.Required);
            }
        }

        foreach (var ladder in new[] { Ladders.Default }.Concat(Ladders.Segments.Select(s => s.Ladder)).Distinct())
        {
            foreach (var step in ladder.Steps)
            {
                foreach (var amount in new[] { step.Fee, step.MinimumOverdue, step.MaximumOverdue })
                {
                    if (amount is { } threshold && threshold.Currency != Currency)
                    {
                        errors.Add($"{field}.Ladders[{ladder.Name}]", $"{step.Name}: {threshold}", $"is not in the jurisdiction's currency ({Currency.Code}): a threshold is compared with a debt in its own currency", ErrorCodes.CurrencyMismatch);
                    }
                }

                if (!ConsumerProtection.FeesAllowed && step.Fee is { IsPositive: true } && (step.DebtorKinds.Count == 0 || step.DebtorKinds.Contains(DebtorKind.Consumer)))
                {
                    errors.Add($"{field}.Ladders[{ladder.Name}]", step.Name, $"charges a consumer a fee, which the law does not allow ({ConsumerProtection.Source}): restrict the step to businesses", ErrorCodes.Conflict);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="code"/> is an ISO 3166 country ("DE") or subdivision ("FR-57", "GB-ENG") code, in capitals.</summary>
    internal static bool IsCode(string code)
        => (code.Length == 2 || (code.Length > 3 && code.Length <= 6 && code[2] == '-' && code.Skip(3).All(char.IsLetterOrDigit)))
           && char.IsUpper(code[0]) && char.IsUpper(code[1]);
}
