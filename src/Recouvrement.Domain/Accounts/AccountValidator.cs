using System;
using System.Collections.Generic;
using System.Linq;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>Checks a debtor and its entries together, collecting every problem with its field and entry.</summary>
internal static class AccountValidator
{
    internal static ValidationErrors Check(Debtor? debtor, AccountEntry?[]? entries, bool perCurrency)
    {
        var errors = new ValidationErrors();
        CheckDebtor(debtor, errors);
        if (entries is null)
        {
            errors.Add(nameof(entries), null, "must be given (an empty list for a new account)", ErrorCodes.Required);
            return errors;
        }

        var firstIndexById = new Dictionary<string, int>(StringComparer.Ordinal);
        var invoices = new Dictionary<string, Invoice>(StringComparer.Ordinal);
        var itemIds = new HashSet<string>(StringComparer.Ordinal);
        Currency? currency = null;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry is null)
            {
                errors.Add(At(i, string.Empty), null, "must not be null", ErrorCodes.Required);
                continue;
            }

            if (string.IsNullOrWhiteSpace(entry.Id))
            {
                errors.Add(At(i, ".Id"), entry.Id, "must not be blank", ErrorCodes.Required);
            }
            else if (firstIndexById.TryGetValue(entry.Id, out var first))
            {
                errors.Add(At(i, ".Id"), entry.Id, $"duplicates the id of entries[{first}]", ErrorCodes.Conflict);
            }
            else
            {
                firstIndexById.Add(entry.Id, i);
            }

            CheckAmount(i, entry, entry.Amount, errors);
            currency ??= entry.Amount.Currency;
            if (!perCurrency && !entry.Amount.Currency.Equals(currency))
            {
                errors.Add(
                    At(i, ".Amount"),
                    entry.Amount,
                    $"is in {entry.Amount.Currency.Code} but the account is in {currency.Code} (use Account.CreatePerCurrency for a multi-currency debtor)",
                    ErrorCodes.CurrencyMismatch);
            }

            switch (entry)
            {
                case Invoice invoice:
                    CheckInvoice(i, invoice, errors);
                    if (entry.Id is not null && !invoices.ContainsKey(entry.Id))
                    {
                        invoices.Add(entry.Id, invoice);
                        itemIds.Add(entry.Id);
                        for (var n = 1; n <= invoice.Instalments.Count; n++)
                        {
                            itemIds.Add(AccountLedger.InstalmentId(invoice.Id, n));
                        }
                    }

                    break;
                case Charge charge:
                    if (charge.DueDate < charge.Date)
                    {
                        errors.Add(At(i, ".DueDate"), charge.DueDate, $"charge {charge.Id} is due before it was posted ({Iso.Date(charge.Date)})", ErrorCodes.OutOfRange);
                    }

                    if (charge.Kind is null)
                    {
                        errors.Add(At(i, ".Kind"), null, "must be a fee or interest", ErrorCodes.Required);
                    }
                    else if (!charge.Kind.IsCharge)
                    {
                        errors.Add(At(i, ".Kind"), charge.Kind.Name, "must be a fee or interest: principal is invoiced", ErrorCodes.OutOfRange);
                    }

                    if (charge.Id is not null)
                    {
                        itemIds.Add(charge.Id);
                    }

                    break;
            }
        }

        CheckReferences(entries, invoices, itemIds, errors);
        return errors;
    }

    private static void CheckDebtor(Debtor? debtor, ValidationErrors errors)
    {
        if (debtor is null)
        {
            errors.Add(nameof(debtor), null, "must be given", ErrorCodes.Required);
            return;
        }

        if (string.IsNullOrWhiteSpace(debtor.Id))
        {
            errors.Add("debtor.Id", debtor.Id, "must not be blank", ErrorCodes.Required);
        }

        if (string.IsNullOrWhiteSpace(debtor.Name))
        {
            errors.Add("debtor.Name", debtor.Name, "must not be blank", ErrorCodes.Required);
        }

        if (debtor.Kind is null)
        {
            errors.Add("debtor.Kind", null, "must be consumer, business or public authority", ErrorCodes.Required);
        }

        if (debtor.Country is null || debtor.Country.Length != 2 || !debtor.Country.All(c => c is >= 'A' and <= 'Z'))
        {
            errors.Add("debtor.Country", debtor.Country, "must be an ISO 3166-1 alpha-2 code in capitals, such as FR", ErrorCodes.Format);
        }

        for (var i = 0; i < debtor.Contacts.Count; i++)
        {
            var contact = debtor.Contacts[i];
            if (contact is null || string.IsNullOrWhiteSpace(contact.Name) || contact.Role is null)
            {
                errors.Add($"debtor.Contacts[{i}]", contact?.Name, "must have a name and a role", ErrorCodes.Required);
            }
        }
    }

    private static void CheckAmount(int i, AccountEntry entry, Money amount, ValidationErrors errors)
    {
        if (!amount.IsPositive)
        {
            errors.Add(At(i, ".Amount"), amount, $"{Describe(entry)} must have a positive amount", ErrorCodes.OutOfRange);
        }
        else if (!amount.IsWholeMinorUnits)
        {
            errors.Add(At(i, ".Amount"), amount, $"{Describe(entry)} holds a fraction of a minor unit of {amount.Currency.Code}", ErrorCodes.SubMinorUnit);
        }
    }

    private static void CheckInvoice(int i, Invoice invoice, ValidationErrors errors)
    {
        if (invoice.DueDate < invoice.IssueDate)
        {
            errors.Add(At(i, ".DueDate"), invoice.DueDate, $"invoice {invoice.Id} is due before its issue date {Iso.Date(invoice.IssueDate)}", ErrorCodes.OutOfRange);
        }

        if (invoice.Vat is { } vat)
        {
            if (!vat.Currency.Equals(invoice.Total.Currency))
            {
                errors.Add(At(i, ".Vat"), vat, $"is not in the invoice's currency {invoice.Total.Currency.Code}", ErrorCodes.CurrencyMismatch);
            }
            else if (vat.IsNegative || vat > invoice.Total)
            {
                errors.Add(At(i, ".Vat"), vat, $"must be between 0 and the invoice total {invoice.Total}", ErrorCodes.OutOfRange);
            }
        }

        if (invoice.Instalments.Count == 0)
        {
            return;
        }

        var sum = 0m;
        for (var n = 0; n < invoice.Instalments.Count; n++)
        {
            var instalment = invoice.Instalments[n];
            if (instalment is null)
            {
                errors.Add(At(i, $".Instalments[{n}]"), null, "must not be null", ErrorCodes.Required);
                continue;
            }

            if (!instalment.Amount.Currency.Equals(invoice.Total.Currency) || !instalment.Amount.IsPositive || !instalment.Amount.IsWholeMinorUnits)
            {
                errors.Add(At(i, $".Instalments[{n}].Amount"), instalment.Amount, $"must be a positive amount in whole {invoice.Total.Currency.Code} minor units", ErrorCodes.OutOfRange);
            }
            else
            {
                sum += instalment.Amount.Amount;
            }

            if (instalment.DueDate < invoice.IssueDate)
            {
                errors.Add(At(i, $".Instalments[{n}].DueDate"), instalment.DueDate, $"is before the invoice's issue date {Iso.Date(invoice.IssueDate)}", ErrorCodes.OutOfRange);
            }
        }

        if (sum != invoice.Total.Amount)
        {
            errors.Add(At(i, ".Instalments"), sum, $"must sum to the invoice total {invoice.Total}", ErrorCodes.OutOfRange);
        }
    }

    private static void CheckReferences(AccountEntry?[] entries, Dictionary<string, Invoice> invoices, HashSet<string> itemIds, ValidationErrors errors)
    {
        var takenOff = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            switch (entries[i])
            {
                case CreditNote { InvoiceId: { } invoiceId } credit:
                    if (!invoices.TryGetValue(invoiceId, out var credited))
                    {
                        errors.Add(At(i, ".InvoiceId"), invoiceId, $"credit note {credit.Id} is against an unknown invoice", ErrorCodes.Required);
                    }
                    else
                    {
                        TakeOff(i, credit, credited, takenOff, errors);
                    }

                    break;
                case Deposit { InvoiceId: { } invoiceId } deposit when !invoices.ContainsKey(invoiceId):
                    errors.Add(At(i, ".InvoiceId"), invoiceId, $"deposit {deposit.Id} is for an unknown invoice", ErrorCodes.Required);
                    break;
                case Charge { InvoiceId: { } invoiceId } charge when !invoices.ContainsKey(invoiceId):
                    errors.Add(At(i, ".InvoiceId"), invoiceId, $"charge {charge.Id} relates to an unknown invoice", ErrorCodes.Required);
                    break;
                case Payment payment:
                    for (var d = 0; d < payment.DesignatedIds.Count; d++)
                    {
                        var id = payment.DesignatedIds[d];
                        if (id is null || !itemIds.Contains(id))
                        {
                            errors.Add(At(i, $".DesignatedIds[{d}]"), id, $"payment {payment.Id} designates an unknown invoice or charge", ErrorCodes.Required);
                        }
                    }

                    break;
                case WriteOff writeOff:
                    if (writeOff.ItemId is null || !itemIds.Contains(writeOff.ItemId))
                    {
                        errors.Add(At(i, ".ItemId"), writeOff.ItemId, $"write-off {writeOff.Id} is of an unknown invoice or charge", ErrorCodes.Required);
                    }
                    else if (invoices.TryGetValue(writeOff.ItemId, out var written))
                    {
                        TakeOff(i, writeOff, written, takenOff, errors);
                    }

                    break;
            }
        }
    }

    private static void TakeOff(int i, AccountEntry entry, Invoice invoice, Dictionary<string, decimal> takenOff, ValidationErrors errors)
    {
        var amount = entry.Amount.Amount;
        takenOff.TryGetValue(invoice.Id, out var before);
        takenOff[invoice.Id] = before + amount;
        if (before + amount > invoice.Total.Amount)
        {
            errors.Add(
                At(i, ".Amount"),
                entry.Amount,
                $"{Describe(entry)} with the credit notes and write-offs before it takes {before + amount} off invoice {invoice.Id} of {invoice.Total}",
                ErrorCodes.OutOfRange);
        }
    }

    // Field names are built only for an error: a valid account costs no string.
    private static string At(int index, string field) => $"entries[{index}]{field}";

    private static string Describe(AccountEntry entry) => entry switch
    {
        Invoice => $"invoice {entry.Id}",
        CreditNote => $"credit note {entry.Id}",
        Payment => $"payment {entry.Id}",
        Deposit => $"deposit {entry.Id}",
        WriteOff => $"write-off {entry.Id}",
        Charge => $"charge {entry.Id}",
        _ => entry.Id,
    };

}
