using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Extensions;
using Recouvrement.Reasons;

namespace Recouvrement.Cli.Portfolios;

/// <summary>The portfolio file as written on disk (docs/portfolio-format.md); the domain values use Recouvrement's JSON shapes.</summary>
internal sealed record PortfolioFormat(string? Name, LocalDate? AsOf, IReadOnlyList<AccountFormat>? Accounts)
{
    /// <summary>The options every file of the sample is read and written with: Recouvrement's shapes, camel case, no unknown member.</summary>
    internal static readonly JsonSerializerOptions Options = RecouvrementJson.Configure(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
    });
}

/// <summary>One debtor of the file: the account's entries, what was observed, the cases already open.</summary>
/// <remarks>The serializer leaves a null where the file has one, in any list: the reader names it (<see cref="PortfolioFile"/>).</remarks>
internal sealed record AccountFormat(Debtor? Debtor, IReadOnlyList<AccountEntry>? Entries)
{
    public IReadOnlyList<ReasonSignal>? Signals { get; init; }

    public IReadOnlyList<CollectionCase>? Cases { get; init; }

    /// <summary>What a debtor in hardship declared they can pay a month.</summary>
    public Money? MonthlyCapacity { get; init; }
}
