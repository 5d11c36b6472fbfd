using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Ardalis.Result;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Jurisdictions;

/// <summary>
/// Resolves a debtor to the profile of its law: the contract's governing law when the host sets it
/// (<see cref="Debtor.GoverningLaw"/>), otherwise the debtor's country; a subdivision ("FR-57") falls back to its
/// country's profile when it has none of its own. One look-up per debtor, whatever the number of profiles.
/// </summary>
/// <remarks>This type is immutable and thread-safe: <see cref="With"/> returns a new registry.</remarks>
public sealed class JurisdictionRegistry
{
    private readonly Dictionary<string, Jurisdiction> byCode;

    private JurisdictionRegistry(Dictionary<string, Jurisdiction> byCode)
    {
        this.byCode = byCode;
        Profiles = Array.AsReadOnly([.. byCode.Values.Distinct().OrderBy(p => p.Code, StringComparer.Ordinal)]);
    }

    /// <summary>Gets the profiles, by code.</summary>
    public IReadOnlyList<Jurisdiction> Profiles { get; }

    /// <summary>Gets the codes the registry answers for, each with the profile it resolves to (an alias such as "GB" included).</summary>
    public IReadOnlyDictionary<string, Jurisdiction> Codes => byCode;

    /// <summary>Creates a registry.</summary>
    /// <param name="profiles">The profiles, each answering for its <see cref="Jurisdiction.Code"/>.</param>
    /// <returns>The registry, or an invalid result naming every problem of every profile and every code given twice.</returns>
    public static Result<JurisdictionRegistry> Create(IEnumerable<Jurisdiction?>? profiles)
    {
        var errors = new ValidationErrors();
        var list = profiles?.ToArray() ?? [];
        var byCode = new Dictionary<string, Jurisdiction>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is not { } profile)
            {
                errors.Add($"profiles[{i}]", null, "must not be null", ErrorCodes.Required);
                continue;
            }

            profile.Check($"profiles[{i}]", errors);
            if (profile.Code is { } code && !byCode.TryAdd(code, profile))
            {
                errors.Add($"profiles[{i}].Code", code, "is given twice", ErrorCodes.Conflict);
            }
        }

        return errors.ToResult(() => new JurisdictionRegistry(byCode));
    }

    /// <summary>Returns a registry where <paramref name="profile"/> answers for its code and <paramref name="aliases"/>, replacing what did.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="aliases">Other codes it answers for ("GB" for England and Wales).</param>
    /// <returns>The new registry, or an invalid result naming every problem of the profile; this registry is unchanged.</returns>
    public Result<JurisdictionRegistry> With(Jurisdiction? profile, params string[] aliases)
    {
        var errors = new ValidationErrors();
        if (profile is null)
        {
            errors.Add(nameof(profile), null, "must be given", ErrorCodes.Required);
            return errors.ToInvalid<JurisdictionRegistry>();
        }

        profile.Check(nameof(profile), errors);
        foreach (var alias in aliases ?? [])
        {
            if (string.IsNullOrWhiteSpace(alias))
            {
                errors.Add(nameof(aliases), alias, "must not be blank", ErrorCodes.Required);
            }
        }

        return errors.ToResult(() =>
        {
            var byCode = new Dictionary<string, Jurisdiction>(this.byCode, StringComparer.OrdinalIgnoreCase);
            foreach (var pair in this.byCode.Where(p => p.Value.Code.Equals(profile.Code, StringComparison.OrdinalIgnoreCase)))
            {
                byCode[pair.Key] = profile;
            }

            foreach (var code in aliases!.Append(profile.Code))
            {
                byCode[code] = profile;
            }

            return new JurisdictionRegistry(byCode);
        });
    }

    /// <summary>Resolves a debtor's law.</summary>
    /// <param name="debtor">The debtor.</param>
    /// <returns>The profile, or an invalid result naming the code no profile answers for.</returns>
    public Result<Jurisdiction> Resolve(Debtor? debtor)
    {
        if (debtor is null)
        {
            return ValidationErrors.Single<Jurisdiction>(nameof(debtor), null, "must be given", ErrorCodes.Required);
        }

        return TryResolve(debtor, out var profile)
            ? Result<Jurisdiction>.Success(profile)
            : ValidationErrors.Single<Jurisdiction>(debtor.GoverningLaw is null ? "debtor.Country" : "debtor.GoverningLaw", LawOf(debtor), $"has no jurisdiction profile: add one with {nameof(JurisdictionRegistry)}.{nameof(With)}", ErrorCodes.OutOfRange);
    }

    /// <summary>Resolves a debtor's law without allocating.</summary>
    /// <param name="debtor">The debtor.</param>
    /// <param name="profile">The profile when found.</param>
    /// <returns>True when a profile answers for the debtor's law.</returns>
    public bool TryResolve(Debtor debtor, [NotNullWhen(true)] out Jurisdiction? profile)
    {
        Preconditions.CheckNotNull(debtor, nameof(debtor));
        var law = LawOf(debtor);
        return byCode.TryGetValue(law, out profile) || (law.Length > 2 && byCode.TryGetValue(law.Substring(0, 2), out profile));
    }

    private static string LawOf(Debtor debtor) => (debtor.GoverningLaw ?? debtor.Country ?? string.Empty).Trim();
}
