using System.Linq;
using Ardalis.SmartEnum;

namespace Recouvrement.Debtors;

/// <summary>
/// A way to reach a debtor, and the contact data it needs: an e-mail needs an address, an SMS a mobile number, a call
/// a phone number, a letter a complete postal address. Missing data blocks a channel (seed 000 §1).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public abstract class ContactChannel : SmartEnum<ContactChannel>
{
    /// <summary>E-mail.</summary>
    public static readonly ContactChannel Email = new EmailChannel();

    /// <summary>Text message to a mobile phone.</summary>
    public static readonly ContactChannel Sms = new SmsChannel();

    /// <summary>A phone call by a collector.</summary>
    public static readonly ContactChannel PhoneCall = new PhoneCallChannel();

    /// <summary>An ordinary letter.</summary>
    public static readonly ContactChannel Letter = new LetterChannel(nameof(Letter), 4);

    /// <summary>A registered letter with acknowledgement of receipt, the usual form of the formal notice.</summary>
    public static readonly ContactChannel RegisteredLetter = new LetterChannel(nameof(RegisteredLetter), 5);

    private ContactChannel(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Gets what this channel needs, in words: "an e-mail address".</summary>
    public abstract string Requirement { get; }

    /// <summary>Returns whether <paramref name="contact"/> holds the data this channel needs.</summary>
    /// <param name="contact">The contact.</param>
    /// <returns><see langword="true"/> when the contact can be reached this way.</returns>
    public abstract bool CanReach(Contact contact);

    private static bool IsEmail(string? value)
    {
        var text = value?.Trim();
        var at = text?.IndexOf('@') ?? -1;
        return text is not null && at > 0 && text.IndexOf('.', at) > at + 1 && text[text.Length - 1] != '.'
               && !text.Any(char.IsWhiteSpace);
    }

    private static bool IsPhone(string? value)
        => value is not null && value.Count(char.IsDigit) >= 6
           && value.All(c => char.IsDigit(c) || c is '+' or ' ' or '.' or '-' or '(' or ')');

    private sealed class EmailChannel() : ContactChannel(nameof(Email), 1)
    {
        public override string Requirement => "an e-mail address";

        public override bool CanReach(Contact contact) => IsEmail(contact.Email);
    }

    private sealed class SmsChannel() : ContactChannel(nameof(Sms), 2)
    {
        public override string Requirement => "a mobile number";

        public override bool CanReach(Contact contact) => IsPhone(contact.Mobile);
    }

    private sealed class PhoneCallChannel() : ContactChannel(nameof(PhoneCall), 3)
    {
        public override string Requirement => "a phone or mobile number";

        public override bool CanReach(Contact contact) => IsPhone(contact.Phone) || IsPhone(contact.Mobile);
    }

    private sealed class LetterChannel(string name, int value) : ContactChannel(name, value)
    {
        public override string Requirement => "a complete postal address";

        public override bool CanReach(Contact contact) => contact.Address?.IsComplete == true;
    }
}
