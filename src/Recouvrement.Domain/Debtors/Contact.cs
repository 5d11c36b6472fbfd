namespace Recouvrement.Debtors;

/// <summary>A person to contact at the debtor, with the data each channel needs.</summary>
/// <param name="Name">The contact's name.</param>
/// <param name="Role">The contact's role; who approves payments matters most.</param>
public sealed record Contact(string Name, ContactRole Role)
{
    /// <summary>Gets the e-mail address, if known.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the landline or main phone number, if known.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the mobile number, needed for SMS, if known.</summary>
    public string? Mobile { get; init; }

    /// <summary>Gets the postal address, needed for letters, if known.</summary>
    public PostalAddress? Address { get; init; }
}
