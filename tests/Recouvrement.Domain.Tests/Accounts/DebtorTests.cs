using Recouvrement.Debtors;

namespace Recouvrement.Domain.Tests;

public class DebtorTests
{
    [Fact]
    public void Debtor_kinds_say_who_owes_the_fixed_compensation()
    {
        Assert.False(DebtorKind.Consumer.FixedCompensationApplies);
        Assert.True(DebtorKind.Business.FixedCompensationApplies);
        Assert.True(DebtorKind.PublicAuthority.FixedCompensationApplies);
        Assert.Equal(DebtorKind.Business, DebtorKind.FromName("Business"));
    }

    [Fact]
    public void A_complete_debtor_is_reachable_on_every_channel_through_the_payment_approver()
    {
        var approver = new Contact("Claire Martin", ContactRole.PaymentApprover)
        {
            Email = "claire@acme.example",
            Mobile = "+33 6 12 34 56 78",
            Address = new PostalAddress("1 rue de la Paix", "75002", "Paris", "FR"),
        };
        var debtor = new Debtor("D-1", "Acme", DebtorKind.Business, "FR")
        {
            Contacts = [new Contact("Accounts", ContactRole.Accounting) { Email = "ap@acme.example" }, approver],
        };

        var report = debtor.Reachability();

        Assert.True(report.IsComplete);
        Assert.All(report.Usable, u => Assert.Same(approver, u.Contact));
        Assert.Equal(ContactChannel.List.Count, report.Usable.Count);
    }

    [Fact]
    public void Missing_contact_data_is_named_channel_by_channel()
    {
        var debtor = new Debtor("D-2", "Dupont", DebtorKind.Consumer, "FR")
        {
            Contacts = [new Contact("Jean Dupont", ContactRole.Other) { Email = "not-an-email", Phone = "01 23 45 67 89" }],
        };

        var report = debtor.Reachability();

        Assert.Equal([ContactChannel.PhoneCall], report.Usable.Select(u => u.Channel));
        Assert.Equal(
            [
                "Email: no contact has an e-mail address",
                "Sms: no contact has a mobile number",
                "Letter: no contact has a complete postal address",
                "RegisteredLetter: no contact has a complete postal address",
                "No contact approves payments: ask who validates the payment",
            ],
            report.Missing);
        Assert.False(report.CanUse(ContactChannel.Sms));
    }

    [Fact]
    public void Contacts_given_are_copied()
    {
        var contacts = new List<Contact> { new("A", ContactRole.PaymentApprover) };
        var debtor = new Debtor("D-3", "X", DebtorKind.Business, "FR") { Contacts = contacts };
        contacts.Clear();
        Assert.Single(debtor.Contacts);
    }
}
