namespace Recouvrement.Debtors;

/// <summary>A postal address, needed for letters and registered letters (the formal notice).</summary>
public sealed record PostalAddress
{
    /// <summary>Initializes a new instance of the <see cref="PostalAddress"/> record.</summary>
    /// <param name="line1">The street line.</param>
    /// <param name="postalCode">The postal code.</param>
    /// <param name="city">The city.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 country code.</param>
    public PostalAddress(string line1, string postalCode, string city, string country)
    {
        Line1 = line1;
        PostalCode = postalCode;
        City = city;
        Country = country;
    }

    /// <summary>Gets the street line.</summary>
    public string Line1 { get; init; }

    /// <summary>Gets the postal code.</summary>
    public string PostalCode { get; init; }

    /// <summary>Gets the city.</summary>
    public string City { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 country code.</summary>
    public string Country { get; init; }

    /// <summary>Gets a second address line (building, PO box), if any.</summary>
    public string? Line2 { get; init; }

    /// <summary>Gets a value indicating whether the address has a street line, a postal code and a city.</summary>
    public bool IsComplete
        => !string.IsNullOrWhiteSpace(Line1) && !string.IsNullOrWhiteSpace(PostalCode) && !string.IsNullOrWhiteSpace(City);
}
