namespace Recouvrement.Debtors;

/// <summary>A postal address, needed for letters and registered letters (the formal notice).</summary>
/// <param name="Line1">The street line.</param>
/// <param name="PostalCode">The postal code.</param>
/// <param name="City">The city.</param>
/// <param name="Country">The ISO 3166-1 alpha-2 country code.</param>
public sealed record PostalAddress(string Line1, string PostalCode, string City, string Country)
{
    /// <summary>Gets a second address line (building, PO box), if any.</summary>
    public string? Line2 { get; init; }

    /// <summary>Gets a value indicating whether the address has a street line, a postal code and a city.</summary>
    public bool IsComplete
        => !string.IsNullOrWhiteSpace(Line1) && !string.IsNullOrWhiteSpace(PostalCode) && !string.IsNullOrWhiteSpace(City);
}
