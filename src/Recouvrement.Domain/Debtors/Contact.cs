namespace Recouvrement.Debtors;

/// <summary>A person to contact at the debtor, with the data each channel needs.</summary>
public sealed record Contact
{
    /// <summary>Initializes a new instance of the <see cref="Contact"/> record.</summary>
    /// <param name="name">The contact's name.</param>
    /// <param name="role">The contact's role; who approves payments matters most.</param>
    public Contact(string name, ContactRole role)
    {
        Name = name;
        Role = role;
    }

    /// <summary>Gets the contact's name.</summary>
    public string Name { get; init; }

    /// <summary>Gets the contact's role; who approves payments matters most.</summary>
    public ContactRole Role { get; init; }

    /// <summary>Gets the e-mail address, if known.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the landline or main phone number, if known.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the mobile number, needed for SMS, if known.</summary>
    public string? Mobile { get; init; }

    /// <summary>Gets the postal address, needed for letters, if known.</summary>
    public PostalAddress? Address { get; init; }
}
