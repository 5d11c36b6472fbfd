using System.Linq;
using System.Text.Json;
using Recouvrement.Accounts;
using Recouvrement.Debtors;
using static Recouvrement.Extensions.Json.JsonValues;

namespace Recouvrement.Extensions.Json;

/// <summary>
/// The JSON shapes of a debtor and of the account's entries, as an ERP exports them: one object per entry with its
/// <c>type</c> (<c>Invoice</c>, <c>CreditNote</c>, <c>Deposit</c>, <c>Payment</c>, <c>WriteOff</c>, <c>Charge</c>).
/// The account itself is not stored: it is rebuilt by <see cref="Account.Create"/> with its checks.
/// </summary>
internal static class AccountJson
{
    internal static void Write(Utf8JsonWriter writer, Debtor debtor)
    {
        writer.WriteStartObject();
        writer.WriteString("id", debtor.Id);
        writer.WriteString("name", debtor.Name);
        WriteName(writer, "kind", debtor.Kind);
        writer.WriteString("country", debtor.Country);
        WriteOptional(writer, "governingLaw", debtor.GoverningLaw);
        writer.WriteStartArray("contacts");
        foreach (var contact in debtor.Contacts)
        {
            writer.WriteStartObject();
            writer.WriteString("name", contact.Name);
            WriteName(writer, "role", contact.Role);
            WriteOptional(writer, "email", contact.Email);
            WriteOptional(writer, "phone", contact.Phone);
            WriteOptional(writer, "mobile", contact.Mobile);
            if (contact.Address is { } address)
            {
                writer.WriteStartObject("address");
                writer.WriteString("line1", address.Line1);
                WriteOptional(writer, "line2", address.Line2);
                writer.WriteString("postalCode", address.PostalCode);
                writer.WriteString("city", address.City);
                writer.WriteString("country", address.Country);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static Debtor Debtor(JsonElement json) => new(Text(json, "id"), Text(json, "name"), Field(json, "kind", Named<DebtorKind>), Text(json, "country"))
    {
        GoverningLaw = Optional(json, "governingLaw"),
        Contacts = json.TryGetProperty("contacts", out var contacts) ? contacts.EnumerateArray().Select(Contact).ToArray() : [],
    };

    internal static void Write(Utf8JsonWriter writer, AccountEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("type", entry.GetType().Name);
        writer.WriteString("id", entry.Id);
        switch (entry)
        {
            case Invoice invoice:
                writer.WriteString("issueDate", Date(invoice.IssueDate));
                writer.WriteString("dueDate", Date(invoice.DueDate));
                JsonValues.Write(writer, "total", invoice.Total);
                if (invoice.Vat is { } vat)
                {
                    JsonValues.Write(writer, "vat", vat);
                }

                if (invoice.Instalments.Count > 0)
                {
                    writer.WriteStartArray("instalments");
                    foreach (var instalment in invoice.Instalments)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("dueDate", Date(instalment.DueDate));
                        JsonValues.Write(writer, "amount", instalment.Amount);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                break;
            case CreditNote credit:
                writer.WriteString("date", Date(credit.Date));
                JsonValues.Write(writer, "credited", credit.Credited);
                WriteOptional(writer, "invoiceId", credit.InvoiceId);
                break;
            case Deposit deposit:
                writer.WriteString("date", Date(deposit.Date));
                JsonValues.Write(writer, "paid", deposit.Paid);
                WriteOptional(writer, "invoiceId", deposit.InvoiceId);
                break;
            case Payment payment:
                writer.WriteString("date", Date(payment.Date));
                JsonValues.Write(writer, "paid", payment.Paid);
                WriteName(writer, "method", payment.Method);
                if (payment.DesignatedIds.Count > 0)
                {
                    JsonValues.Write(writer, "designatedIds", payment.DesignatedIds);
                }

                break;
            case WriteOff writeOff:
                writer.WriteString("date", Date(writeOff.Date));
                writer.WriteString("itemId", writeOff.ItemId);
                JsonValues.Write(writer, "writtenOff", writeOff.WrittenOff);
                break;
            case Charge charge:
                writer.WriteString("date", Date(charge.Date));
                writer.WriteString("dueDate", Date(charge.DueDate));
                JsonValues.Write(writer, "charged", charge.Charged);
                WriteName(writer, "kind", charge.Kind);
                WriteOptional(writer, "invoiceId", charge.InvoiceId);
                break;
            default:
                throw new JsonException($"a {entry.GetType().Name} is not an entry Recouvrement stores");
        }

        writer.WriteEndObject();
    }

    internal static AccountEntry Entry(JsonElement json)
    {
        var id = Text(json, "id");
        var type = Text(json, "type");
        return type switch
        {
            nameof(Invoice) => new Invoice(id, Field(json, "issueDate", Date), Field(json, "dueDate", Date), Field(json, "total", JsonValues.Money))
            {
                Vat = json.TryGetProperty("vat", out var vat) && vat.ValueKind != JsonValueKind.Null ? Field(json, "vat", JsonValues.Money) : null,
                Instalments = json.TryGetProperty("instalments", out _) ? Field(json, "instalments", Instalments) : [],
            },
            nameof(CreditNote) => new CreditNote(id, Field(json, "date", Date), Field(json, "credited", JsonValues.Money)) { InvoiceId = Optional(json, "invoiceId") },
            nameof(Deposit) => new Deposit(id, Field(json, "date", Date), Field(json, "paid", JsonValues.Money)) { InvoiceId = Optional(json, "invoiceId") },
            nameof(Payment) => new Payment(id, Field(json, "date", Date), Field(json, "paid", JsonValues.Money))
            {
                Method = json.TryGetProperty("method", out _) ? Field(json, "method", Named<PaymentMethod>) : PaymentMethod.BankTransfer,
                DesignatedIds = Strings(json, "designatedIds"),
            },
            nameof(WriteOff) => new WriteOff(id, Field(json, "date", Date), Text(json, "itemId"), Field(json, "writtenOff", JsonValues.Money)),
            nameof(Charge) => new Charge(id, Field(json, "date", Date), Field(json, "dueDate", Date), Field(json, "charged", JsonValues.Money), Field(json, "kind", Named<ChargeKind>))
            {
                InvoiceId = Optional(json, "invoiceId"),
            },
            _ => throw new JsonException($"\"type\": \"{type}\" is not an entry: one of Invoice, CreditNote, Deposit, Payment, WriteOff, Charge"),
        };
    }

    private static Instalment[] Instalments(JsonElement json)
        => json.EnumerateArray().Select(i => new Instalment(Field(i, "dueDate", Date), Field(i, "amount", JsonValues.Money))).ToArray();

    private static Contact Contact(JsonElement json) => new(Text(json, "name"), Field(json, "role", Named<ContactRole>))
    {
        Email = Optional(json, "email"),
        Phone = Optional(json, "phone"),
        Mobile = Optional(json, "mobile"),
        Address = json.TryGetProperty("address", out var address) && address.ValueKind == JsonValueKind.Object
            ? new PostalAddress(Text(address, "line1"), Text(address, "postalCode"), Text(address, "city"), Text(address, "country")) { Line2 = Optional(address, "line2") }
            : null,
    };
}
