using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NodaTime;
using Recouvrement.Calendars;
using Recouvrement.Debtors;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;

namespace Recouvrement.Scheduling;

/// <summary>
/// What the run applies to the debtors of one law: the ladders, the calendar, the time zone and the contact hours of a
/// jurisdiction profile — or of the run's options, when the run has no jurisdictions. Built once per profile when the run
/// is created, so an entry costs one look-up whatever the number of profiles.
/// </summary>
internal sealed class DebtorLaw
{
    private readonly Jurisdiction? profile;
    private readonly CollectionRunOptions options;

    private DebtorLaw(CollectionRunOptions options, Jurisdiction? profile)
    {
        (this.options, this.profile) = (options, profile);
        Ladders = profile?.Ladders ?? options.Ladders;
        Calendar = profile?.Calendar ?? options.Calendar;
        TimeZone = profile?.TimeZone ?? options.TimeZone;
        ContactHours = profile is null ? options.ContactHours : options.ContactHours?.WithCalendar(profile.Calendar);
    }

    internal LadderSelection Ladders { get; }

    internal IBusinessCalendar? Calendar { get; }

    internal DateTimeZone TimeZone { get; }

    internal ContactHours? ContactHours { get; }

    /// <summary>The debtor's late-payment rule: the host's choice when it gives one, otherwise the profile's for the debtor's kind.</summary>
    internal LatePaymentRule? RuleFor(Debtor debtor)
        => options.PenaltyRuleFor is { } choose ? choose(debtor) : profile?.RuleFor(debtor.Kind);

    /// <summary>What the profile's consumer law asks before costs and lets a creditor charge; none without a profile.</summary>
    internal ConsumerProtection? ConsumerProtection => profile?.ConsumerProtection;

    /// <summary>The limitation period of the debtor's kind under the profile; none without one.</summary>
    internal LimitationPeriod? LimitationFor(Debtor debtor) => profile?.LimitationFor(debtor.Kind);

    /// <summary>The law of every debtor: the options' own, or one per profile of the options' jurisdictions.</summary>
    internal sealed class Book
    {
        private readonly JurisdictionRegistry? registry;
        private readonly DebtorLaw single;
        private readonly Dictionary<Jurisdiction, DebtorLaw> byProfile = new(ReferenceComparer.Instance);

        internal Book(CollectionRunOptions options)
        {
            (registry, single) = (options.Jurisdictions, new DebtorLaw(options, null));
            foreach (var profile in registry?.Profiles ?? [])
            {
                byProfile[profile] = new DebtorLaw(options, profile);
            }
        }

        /// <summary>The law of a debtor; false when the run has jurisdictions and none answers for the debtor's.</summary>
        internal bool TryFind(Debtor debtor, out DebtorLaw law)
        {
            if (registry is null)
            {
                law = single;
                return true;
            }

            law = registry.TryResolve(debtor, out var profile) ? byProfile[profile] : single;
            return profile is not null;
        }
    }

    /// <summary>Profiles are records: compared by reference here, a look-up does not hash every field.</summary>
    private sealed class ReferenceComparer : IEqualityComparer<Jurisdiction>
    {
        internal static readonly ReferenceComparer Instance = new();

        public bool Equals(Jurisdiction? x, Jurisdiction? y) => ReferenceEquals(x, y);

        public int GetHashCode(Jurisdiction obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
