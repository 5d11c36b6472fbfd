using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Recouvrement.Accounts;
using Recouvrement.Debtors;
using Recouvrement.Reasons;

namespace Recouvrement.Cli.Portfolios;

/// <summary>
/// Writes a synthetic portfolio: debtors of every kind and jurisdiction, invoices over the year before the date, paid on
/// time, late, in part or not at all, with the signals of each reason family. The same seed writes the same file.
/// </summary>
internal static class PortfolioGenerator
{
    private static readonly string[] Countries = ["FR", "FR", "FR", "FR", "FR", "FR", "DE", "GB", "ES", "IT"];
    private static readonly string[] SepaCodes = ["AM04", "AC04", "MD01", "MS02", "AC06", "MD06", "SL01"];
    private static readonly string[] CardCategories = ["ExpiredCard", "InsufficientFunds", "LostOrStolen", "DoNotHonour"];
    private static readonly UnpaidReason[] Disputes = [UnpaidReason.ProductDefect, UnpaidReason.PriceOrQuantityDisagreement, UnpaidReason.MissingDocument, UnpaidReason.ServiceNotPerformed];
    private static readonly UnpaidReason[] Hardships = [UnpaidReason.JobLoss, UnpaidReason.Illness, UnpaidReason.Separation, UnpaidReason.BusinessDownturn];

    /// <summary>Writes <paramref name="count"/> accounts as of <paramref name="asOf"/> to <paramref name="stream"/>.</summary>
    internal static void Write(Stream stream, int count, int seed, LocalDate asOf)
    {
        var random = new Random(seed);
        var options = PortfolioFormat.Options;
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("name", $"Synthetic portfolio of {count} accounts (seed {seed})");
        writer.WriteString("asOf", LocalDatePattern.Iso.Format(asOf));
        writer.WriteStartArray("accounts");
        for (var i = 0; i < count; i++)
        {
            var country = Countries[random.Next(Countries.Length)];
            var currency = country == "GB" ? Currency.GBP : Currency.EUR;
            var roll = random.Next(10);
            var kind = roll < 6 ? DebtorKind.Business : roll < 9 ? DebtorKind.Consumer : DebtorKind.PublicAuthority;
            var id = $"D{i + 1:D6}";
            var contact = new Contact($"Contact {id}", ContactRole.PaymentApprover)
            {
                Email = random.Next(10) < 8 ? $"{id.ToLowerInvariant()}@example.org" : null,
                Phone = random.Next(10) < 6 ? "+33 1 00 00 00 00" : null,
            };
            var debtor = new Debtor(id, $"{(kind == DebtorKind.Consumer ? "Customer" : "Company")} {i + 1}", kind, country) { Contacts = [contact] };

            var entries = new List<AccountEntry>();
            var invoices = 1 + random.Next(8);
            for (var n = 0; n < invoices; n++)
            {
                var issued = asOf.PlusDays(-random.Next(20, 365));
                var amount = new Money(Math.Round((decimal)(kind == DebtorKind.Consumer ? 20 + random.NextDouble() * 480 : 100 + random.NextDouble() * 19_900), 2), currency);
                var invoice = new Invoice($"{id}-F{n + 1:D2}", issued, issued.PlusDays(30), amount);
                entries.Add(invoice);
                var paidOn = invoice.DueDate.PlusDays(random.Next(-10, 60));
                switch (random.Next(4))
                {
                    case 0 when paidOn < asOf:
                        entries.Add(new Payment($"{invoice.Id}-P", paidOn, amount) { DesignatedIds = [invoice.Id] });
                        break;
                    case 1 when paidOn < asOf:
                        entries.Add(new Payment($"{invoice.Id}-P", paidOn, amount.Split(3)[0]) { DesignatedIds = [invoice.Id] });
                        break;
                }
            }

            writer.WriteStartObject();
            writer.WritePropertyName("debtor");
            JsonSerializer.Serialize(writer, debtor, options);
            writer.WritePropertyName("entries");
            JsonSerializer.Serialize(writer, entries, options);
            writer.WritePropertyName("signals");
            JsonSerializer.Serialize(writer, Signals(random, kind, entries, asOf), options);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>What was observed on the account, drawn from one reason family; nothing for plain oversight.</summary>
    private static List<ReasonSignal> Signals(Random random, DebtorKind kind, List<AccountEntry> entries, LocalDate asOf)
    {
        var seen = asOf.PlusDays(-random.Next(1, 30));
        return random.Next(8) switch
        {
            0 => [new DisputeOpened(seen, $"LIT-{entries[0].Id}", Disputes[random.Next(Disputes.Length)]) { ItemIds = [entries[0].Id] }],
            1 => [new DirectDebitReturned(seen, SepaCodes[random.Next(SepaCodes.Length)])],
            2 => [new CardDeclined(seen, CardCategories[random.Next(CardCategories.Length)])],
            3 when kind == DebtorKind.Consumer => [new DeclaredReason(seen, Hardships[random.Next(Hardships.Length)])],
            4 => [new PromiseBroken(seen.PlusDays(-20)), new PromiseBroken(seen)],
            5 when random.Next(4) == 0 && kind != DebtorKind.Consumer => [new InsolvencyNotice(seen, InsolvencyProceeding.Reorganisation)],
            _ => [],
        };
    }
}
