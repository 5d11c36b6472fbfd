using Recouvrement.Debtors;

namespace Recouvrement.Domain.Tests;

/// <summary>Which contact data each channel accepts, at the edge of what an address or a number is.</summary>
public class ContactChannelTests
{
    private static Contact With(string? email = null, string? phone = null, string? mobile = null, PostalAddress? address = null)
        => new("Claire", ContactRole.Accounting) { Email = email, Phone = phone, Mobile = mobile, Address = address };

    [Theory]
    [InlineData("a@b.fr", true)]
    [InlineData(" a@b.fr ", true)]
    [InlineData("claire.martin@acme.example", true)]
    [InlineData("@b.fr", false)]
    [InlineData("a@.fr", false)]
    [InlineData("a@b.", false)]
    [InlineData("a@bfr", false)]
    [InlineData("a b@c.fr", false)]
    [InlineData("a.b@cfr", false)]
    [InlineData(null, false)]
    public void An_email_has_something_before_the_at_and_a_dot_inside_the_domain(string? email, bool reaches)
        => Assert.Equal(reaches, ContactChannel.Email.CanReach(With(email: email)));

    [Theory]
    [InlineData("123456", true)]
    [InlineData("12345", false)]
    [InlineData("+33 (0)6 12-34.56", true)]
    [InlineData("06 12 34 56 7x", false)]
    [InlineData("06/12/34/56", false)]
    [InlineData(null, false)]
    public void A_number_has_six_digits_and_only_the_signs_people_write(string? number, bool reaches)
    {
        Assert.Equal(reaches, ContactChannel.Sms.CanReach(With(mobile: number)));
        Assert.Equal(reaches, ContactChannel.PhoneCall.CanReach(With(phone: number)));
        Assert.Equal(reaches, ContactChannel.PhoneCall.CanReach(With(mobile: number)));
        Assert.False(ContactChannel.Sms.CanReach(With(phone: number)));
    }

    [Theory]
    [InlineData("1 rue de la Paix", "75002", "Paris", true)]
    [InlineData(" ", "75002", "Paris", false)]
    [InlineData("1 rue de la Paix", "", "Paris", false)]
    [InlineData("1 rue de la Paix", "75002", " ", false)]
    public void A_letter_needs_a_line_a_postal_code_and_a_city(string line1, string postalCode, string city, bool reaches)
    {
        var contact = With(address: new PostalAddress(line1, postalCode, city, "FR"));

        Assert.Equal(reaches, ContactChannel.Letter.CanReach(contact));
        Assert.Equal(reaches, ContactChannel.RegisteredLetter.CanReach(contact));
    }

    [Fact]
    public void What_is_missing_is_named_for_each_channel_and_for_the_approver()
    {
        var debtor = new Debtor("D-1", "Acme", DebtorKind.Business, "FR") { Contacts = [With(phone: "01 23 45 67 89")] };

        var report = debtor.Reachability();

        Assert.Equal(
            [
                "Email: no contact has an e-mail address",
                "Sms: no contact has a mobile number",
                "Letter: no contact has a complete postal address",
                "RegisteredLetter: no contact has a complete postal address",
                "No contact approves payments: ask who validates the payment",
            ],
            report.Missing);
        Assert.False(report.IsComplete);
        Assert.True(report.CanUse(ContactChannel.PhoneCall));
        Assert.False(report.CanUse(ContactChannel.Email));
        Assert.True(debtor.CanBeReachedBy(ContactChannel.PhoneCall));
        Assert.False(debtor.CanBeReachedBy(ContactChannel.Sms));
        Assert.Equal("channel", Assert.Throws<ArgumentNullException>(() => debtor.CanBeReachedBy(null!)).ParamName);
    }

    [Fact]
    public void A_phone_call_reaches_through_the_mobile_when_there_is_no_phone()
    {
        var debtor = new Debtor("D-1", "Acme", DebtorKind.Business, "FR") { Contacts = [With(mobile: "06 12 34 56 78")] };

        Assert.Equal("a phone or mobile number", ContactChannel.PhoneCall.Requirement);
        Assert.True(debtor.CanBeReachedBy(ContactChannel.PhoneCall));
        Assert.Equal(ContactChannel.PhoneCall, debtor.Reachability().Usable.Single(u => u.Channel == ContactChannel.PhoneCall).Channel);
    }
}
