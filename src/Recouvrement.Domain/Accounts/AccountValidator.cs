using System;
using System.Collections.Generic;
using System.Linq;
using Recouvrement.Debtors;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>Checks a debtor and its entries together, collecting every problem with its field and entry.</summary>
internal static class AccountValidator
{
    // The ledger counts minor units (up to 4 decimals) in 64-bit integers: the whole account must fit.
    private const decimal MaxTotal = long.MaxValue / 10_000;

    // The total is counted in ten-thousandths of a major unit (the finest minor unit), saturating at the limit.
    private const long MaxTotalTicks = long.MaxValue / 10_000 * 10_000;

    /// <summary>Checks <paramref name="entries"/> (a copy nobody else holds); <paramref name="valid"/> is set when they pass.</summary>
    internal static ValidationErrors Check(Debtor? debtor, AccountEntry?[]? entries, bool perCurrency, out CheckedEntries? valid)
    {
        valid = null;
        var errors = new ValidationErrors();
        CheckDebtor(debtor, errors);
        if (entries is null)
        {
            errors.Add(nameof(entries), null, "must be given (an empty list for a new account)", ErrorCodes.Required);
            return errors;
        }

        // One table of ids serves every check: duplicates, then what movements refer to; the ledger then reuses it.
        var indexById = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        var units = new long[entries.Length];
        Currency? currency = null;
        var total = 0L;
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
            else if (!indexById.TryAdd(entry.Id, i))
            {
                errors.Add(At(i, ".Id"), entry.Id, $"duplicates the id of entries[{indexById[entry.Id]}]", ErrorCodes.Conflict);
            }

            var amount = entry.Amount;
            var ticks = CheckAmount(i, entry, amount, errors, out units[i]);
            total = ticks > MaxTotalTicks - total ? MaxTotalTicks + 1 : total + ticks;
            currency ??= amount.Currency;
            if (!perCurrency && !amount.Currency.Equals(currency))
            {
                errors.Add(
                    At(i, ".Amount"),
                    amount,
                    $"is in {amount.Currency.Code} but the account is in {currency.Code} (use Account.CreatePerCurrency for a multi-currency debtor)",
                    ErrorCodes.CurrencyMismatch);
            }

            switch (entry)
            {
                case Invoice invoice:
                    CheckInvoice(i, invoice, errors);
                    break;
                case Charge charge:
                    CheckCharge(i, charge, errors);
                    break;
                case Payment { Method: null } payment:
                    // A record's init accessor lets a caller set null over the default; the method is what a
                    // statement and a reminder say the money came by.
                    errors.Add(At(i, ".Method"), null, $"payment {payment.Id} must say how it was made", ErrorCodes.Required);
                    break;
            }
        }

        if (total > MaxTotalTicks)
        {
            errors.Add(nameof(entries), total / 10_000m, $"the amounts total more than an account holds ({MaxTotal} in major units)", ErrorCodes.Overflow);
        }

        CheckReferences(entries, indexById, perCurrency, errors);
        valid = errors.HasErrors ? null : new CheckedEntries(entries!, indexById, units);
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

        if (debtor.GoverningLaw is { } law && !Jurisdictions.Jurisdiction.IsCode(law))
        {
            errors.Add("debtor.GoverningLaw", law, "must be an ISO 3166 code in capitals, a country (\"DE\") or a subdivision (\"FR-57\", \"GB-ENG\")", ErrorCodes.Format);
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

    /// <summary>
    /// Reports an amount that is not positive whole minor units; returns its size in ten-thousandths of a major unit, at
    /// most just over the limit. A valid amount fits a <see cref="long"/> of minor units: <paramref name="units"/>.
    /// </summary>
    private static long CheckAmount(int i, AccountEntry entry, Money amount, ValidationErrors errors, out long units)
    {
        // The usual amount, positive whole minor units, is read once as an integer.
        if (amount.TryWholeMinorUnits(out units) && units > 0)
        {
            var perUnit = 10_000 / amount.Currency.UnitsPerMajor;
            return units <= MaxTotalTicks / perUnit ? units * perUnit : MaxTotalTicks + 1;
        }

        if (!amount.IsPositive)
        {
            errors.Add(At(i, ".Amount"), amount, $"{Describe(entry)} must have a positive amount", ErrorCodes.OutOfRange);
        }
        else if (!amount.IsWholeMinorUnits)
        {
            errors.Add(At(i, ".Amount"), amount, $"{Describe(entry)} holds a fraction of a minor unit of {amount.Currency.Code}", ErrorCodes.SubMinorUnit);
        }

        // Its size still counts towards the total.
        var size = Math.Abs(amount.Amount);
        return size <= MaxTotal ? decimal.ToInt64(size * 10_000) : MaxTotalTicks + 1;
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
        var overflow = false;
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
            else if (!overflow)
            {
                // Amounts past decimal.MaxValue cannot sum to any total: say so rather than overflow.
                overflow = instalment.Amount.Amount > decimal.MaxValue - sum;
                sum = overflow ? sum : sum + instalment.Amount.Amount;
            }

            if (instalment.DueDate < invoice.IssueDate)
            {
                errors.Add(At(i, $".Instalments[{n}].DueDate"), instalment.DueDate, $"is before the invoice's issue date {Iso.Date(invoice.IssueDate)}", ErrorCodes.OutOfRange);
            }
        }

        if (overflow || sum != invoice.Total.Amount)
        {
            errors.Add(At(i, ".Instalments"), sum, $"must sum to the invoice total {invoice.Total}", ErrorCodes.OutOfRange);
        }
    }

    private static void CheckCharge(int i, Charge charge, ValidationErrors errors)
    {
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
    }

    private static void CheckReferences(AccountEntry?[] entries, Dictionary<string, int> indexById, bool perCurrency, ValidationErrors errors)
    {
        Invoice? InvoiceOf(string? id) => InvoiceAt(id, out _);

        Invoice? InvoiceAt(string? id, out int position)
        {
            position = -1;
            return id is not null && indexById.TryGetValue(id, out position) ? entries[position] as Invoice : null;
        }

        // The invoice or charge that holds an item id, an instalment id naming its invoice.
        AccountEntry? HolderOf(string? id)
        {
            if (id is not null && indexById.TryGetValue(id, out var index))
            {
                return entries[index] is Invoice or Charge ? entries[index] : null;
            }

            return id is not null && ItemIds.TrySplitInstalment(id, out var invoiceId, out var number) && InvoiceOf(invoiceId) is { } invoice && number <= invoice.Instalments.Count
                ? invoice
                : null;
        }

        void SameCurrency(int i, AccountEntry entry, AccountEntry target)
        {
            // Without per-currency accounts a mismatch is already reported against the entry itself.
            if (perCurrency && !entry.Amount.Currency.Equals(target.Amount.Currency))
            {
                errors.Add(At(i, ".Amount"), entry.Amount, $"{Describe(entry)} is not in the currency of {Describe(target)} ({target.Amount.Currency.Code})", ErrorCodes.CurrencyMismatch);
            }
        }

        // What credit notes and write-offs took off each invoice so far, by position; most accounts have none.
        decimal[]? takenOff = null;
        void TakeOff(int i, AccountEntry entry, Invoice invoice, int position)
        {
            // A negative amount is reported on its own; the tally stops at decimal.MaxValue rather than overflow.
            takenOff ??= new decimal[entries.Length];
            var amount = Math.Max(entry.Amount.Amount, 0m);
            var tally = takenOff[position] = amount > decimal.MaxValue - takenOff[position] ? decimal.MaxValue : takenOff[position] + amount;
            if (tally > invoice.Total.Amount)
            {
                errors.Add(
                    At(i, ".Amount"),
                    entry.Amount,
                    $"{Describe(entry)} with the credit notes and write-offs before it takes {tally} off invoice {invoice.Id} of {invoice.Total}",
                    ErrorCodes.OutOfRange);
            }
        }

        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i] is (Invoice or Charge) and { Id: { } id } && ItemIds.TrySplitInstalment(id, out var ownerId, out var number)
                && InvoiceOf(ownerId) is { } owner && number <= owner.Instalments.Count)
            {
                errors.Add(At(i, ".Id"), id, $"is also the id of instalment {number} of invoice {owner.Id}", ErrorCodes.Conflict);
            }

            switch (entries[i])
            {
                case CreditNote { InvoiceId: { } invoiceId } credit:
                    if (InvoiceAt(invoiceId, out var creditedAt) is not { } credited)
                    {
                        errors.Add(At(i, ".InvoiceId"), invoiceId, $"credit note {credit.Id} is against an unknown invoice", ErrorCodes.Required);
                    }
                    else
                    {
                        SameCurrency(i, credit, credited);
                        TakeOff(i, credit, credited, creditedAt);
                    }

                    break;
                case Deposit { InvoiceId: { } invoiceId } deposit:
                    if (InvoiceOf(invoiceId) is not { } deposited)
                    {
                        errors.Add(At(i, ".InvoiceId"), invoiceId, $"deposit {deposit.Id} is for an unknown invoice", ErrorCodes.Required);
                    }
                    else
                    {
                        SameCurrency(i, deposit, deposited);
                    }

                    break;
                case Charge { InvoiceId: { } invoiceId } charge:
                    if (InvoiceOf(invoiceId) is not { } charged)
                    {
                        errors.Add(At(i, ".InvoiceId"), invoiceId, $"charge {charge.Id} relates to an unknown invoice", ErrorCodes.Required);
                    }
                    else
                    {
                        SameCurrency(i, charge, charged);
                    }

                    break;
                case Payment payment:
                    for (var d = 0; d < payment.DesignatedIds.Count; d++)
                    {
                        var designated = payment.DesignatedIds[d];
                        if (HolderOf(designated) is not { } designatedItem)
                        {
                            errors.Add(At(i, $".DesignatedIds[{d}]"), designated, $"payment {payment.Id} designates an unknown invoice or charge", ErrorCodes.Required);
                        }
                        else if (perCurrency && !payment.Paid.Currency.Equals(designatedItem.Amount.Currency))
                        {
                            // A payment settles items of its own currency only: what it designates in another it cannot pay.
                            errors.Add(
                                At(i, $".DesignatedIds[{d}]"),
                                designated,
                                $"payment {payment.Id} in {payment.Paid.Currency.Code} designates {Describe(designatedItem)} in {designatedItem.Amount.Currency.Code}",
                                ErrorCodes.CurrencyMismatch);
                        }
                    }

                    break;
                case WriteOff writeOff:
                    if (HolderOf(writeOff.ItemId) is not { } holder)
                    {
                        errors.Add(At(i, ".ItemId"), writeOff.ItemId, $"write-off {writeOff.Id} is of an unknown invoice or charge", ErrorCodes.Required);
                    }
                    else
                    {
                        SameCurrency(i, writeOff, holder);
                        if (InvoiceAt(writeOff.ItemId, out var writtenAt) is { } written)
                        {
                            TakeOff(i, writeOff, written, writtenAt);
                        }
                    }

                    break;
            }
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
