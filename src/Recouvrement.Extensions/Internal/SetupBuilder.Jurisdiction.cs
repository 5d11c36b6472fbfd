using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;
using Recouvrement.Scheduling;

namespace Recouvrement.Extensions.Internal;

/// <summary>
/// The home jurisdiction — the law the options configure — and the registry every debtor is resolved in: the library's
/// profiles, with the home profile (and its country's regions) carrying the options' currency, ladders and rules.
/// </summary>
internal sealed partial class SetupBuilder
{
    private static readonly Dictionary<string, BusinessCalendar> Calendars = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(BusinessCalendars.France)] = BusinessCalendars.France,
        [nameof(BusinessCalendars.FranceAlsaceMoselle)] = BusinessCalendars.FranceAlsaceMoselle,
        [nameof(BusinessCalendars.EnglandAndWales)] = BusinessCalendars.EnglandAndWales,
        [nameof(BusinessCalendars.Germany)] = BusinessCalendars.Germany,
        [nameof(BusinessCalendars.Belgium)] = BusinessCalendars.Belgium,
        [nameof(BusinessCalendars.Netherlands)] = BusinessCalendars.Netherlands,
        [nameof(BusinessCalendars.Spain)] = BusinessCalendars.Spain,
        [nameof(BusinessCalendars.Italy)] = BusinessCalendars.Italy,
        [nameof(BusinessCalendars.WeekendsOnly)] = BusinessCalendars.WeekendsOnly,
    };

    /// <summary>The profile of <see cref="RecouvrementOptions.Jurisdiction"/>; France, after naming the problem, when there is none.</summary>
    private Jurisdiction Home()
    {
        if (JurisdictionProfiles.Default.Codes.TryGetValue(options.Jurisdiction ?? string.Empty, out var home))
        {
            return home;
        }

        Fail("Jurisdiction", options.Jurisdiction, $"has no profile: one of {string.Join(", ", JurisdictionProfiles.Default.Codes.Keys.OrderBy(c => c, StringComparer.Ordinal))}");
        return JurisdictionProfiles.France;
    }

    private Currency? CurrencyOf(Jurisdiction home)
    {
        if (options.Currency is null)
        {
            return home.Currency;
        }

        if (CurrencyRegistry.Default.Find(options.Currency) is { IsSuccess: true } found)
        {
            return found.Value;
        }

        Fail("Currency", options.Currency, "is not a known ISO 4217 currency");
        return null;
    }

    private IBusinessCalendar? CalendarOf(Jurisdiction home)
    {
        if (options.Calendar is null)
        {
            return home.Calendar;
        }

        if (Calendars.TryGetValue(options.Calendar, out var calendar))
        {
            return calendar;
        }

        Fail("Calendar", options.Calendar, $"must be one of {string.Join(", ", Calendars.Keys)}");
        return null;
    }

    private DateTimeZone? ZoneOf(Jurisdiction home)
    {
        if (options.TimeZone is null)
        {
            return home.TimeZone;
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZone) is { } zone)
        {
            return zone;
        }

        Fail("TimeZone", options.TimeZone, "is not a time zone of the IANA database (\"Europe/Paris\")");
        return null;
    }

    /// <summary>
    /// The library's profiles, the home one with the options' currency, calendar, time zone, ladders and rules, and its
    /// country's other regions (Alsace-Moselle for France) with the same currency, ladders and rules under their own calendar.
    /// </summary>
    private JurisdictionRegistry? Registry(Jurisdiction home, IBusinessCalendar calendar, DateTimeZone zone, LadderSelection ladders, Dictionary<DebtorKind, LatePaymentRule?> rules)
    {
        var registry = JurisdictionProfiles.Default;
        foreach (var profile in registry.Profiles.Where(p => p.Country == home.Country))
        {
            var configured = profile with { Currency = currency, Ladders = ladders, Rules = rules };
            var next = ValueOf("Jurisdiction", registry.With(profile.Code == home.Code ? configured with { Calendar = calendar, TimeZone = zone } : configured));
            if (next is null)
            {
                return null;
            }

            registry = next;
        }

        return registry;
    }
}
