using System.Text;
using NodaTime;
using NodaTime.Text;
using Recouvrement.Accounts;
using Recouvrement.Debtors;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli.Portfolios;

/// <summary>
/// Imports open invoices from an ERP's CSV export, one invoice per row (docs/portfolio-format.md): comma or semicolon
/// separated, quoted fields, dates as yyyy-MM-dd or dd/MM/yyyy (or the one pattern given, such as M/d/yyyy for a US
/// export), a decimal point or a decimal comma, the same throughout the file (<see cref="CsvAmounts"/>).
/// </summary>
internal static class CsvInvoices
{
    private static readonly string[] Required = ["debtor_id", "debtor_name", "invoice_id", "issue_date", "due_date", "amount"];
    private static readonly string[] Known = [.. Required, "debtor_kind", "country", "email", "phone", "currency", "paid", "paid_on"];
    private static readonly LocalDatePattern French = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    internal static (Portfolio? Portfolio, IReadOnlyList<FileError> Errors) Read(string file, string text, LocalDatePattern? dates = null)
    {
        var errors = new List<FileError>();
        var lines = text.Split('\n');
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            return (null, [new FileError(file, 1, "header", $"is missing: the first line names the columns ({string.Join(", ", Required)})")]);
        }

        var separator = lines[0].Count(c => c == ';') > lines[0].Count(c => c == ',') ? ';' : ',';
        var header = Fields(lines[0].TrimEnd('\r'), separator) ?? [];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < header.Length; index++)
        {
            var name = header[index].Trim().ToLowerInvariant();
            if (!columns.TryAdd(name, index))
            {
                errors.Add(new FileError(file, 1, name, $"is twice in the header (columns {columns[name] + 1} and {index + 1})"));
            }
        }

        foreach (var name in columns.Keys.Where(n => !Known.Contains(n)))
        {
            errors.Add(new FileError(file, 1, name, $"is not a known column: {string.Join(", ", Known)}"));
        }

        foreach (var name in Required.Where(n => !columns.ContainsKey(n)))
        {
            errors.Add(new FileError(file, 1, name, "is a required column and is missing"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var rows = lines.Skip(1).Select((raw, i) => (Line: i + 2, Raw: raw.TrimEnd('\r'))).Where(row => !string.IsNullOrWhiteSpace(row.Raw))
            .Select(row => (row.Line, Fields: Fields(row.Raw, separator))).ToList();
        var amounts = CsvAmounts.Of(
            from row in rows
            where row.Fields is not null
            from column in (string[])["amount", "paid"]
            where columns.TryGetValue(column, out var at) && at < row.Fields.Length
            let cell = WithoutSpaces(row.Fields[columns[column]])
            where cell.Length > 0
            select (row.Line, cell));
        var debtors = new Dictionary<string, (Debtor Debtor, List<AccountEntry> Entries, List<int> Lines)>(StringComparer.Ordinal);
        foreach (var (line, fields) in rows)
        {
            if (fields is null)
            {
                errors.Add(new FileError(file, line, "line", "a quoted field is not closed on its line"));
                continue;
            }

            var before = errors.Count;
            string Cell(string name) => columns.TryGetValue(name, out var at) && at < fields.Length ? fields[at].Trim() : string.Empty;
            string Text(string name)
            {
                var value = Cell(name);
                if (value.Length == 0)
                {
                    errors.Add(new FileError(file, line, name, "is empty"));
                }

                return value;
            }

            LocalDate Date(string name)
            {
                var value = Text(name);
                // A pattern given is the only one: 03/04/2026 is 4 March in a US export, 3 April in a French one.
                var parsed = dates is not null ? dates.Parse(value)
                    : LocalDatePattern.Iso.Parse(value) is { Success: true } iso ? iso : French.Parse(value);
                if (value.Length > 0 && !parsed.Success)
                {
                    errors.Add(new FileError(file, line, name, $"\"{value}\" is not a date ({dates?.PatternText ?? "yyyy-MM-dd or dd/MM/yyyy"})"));
                }

                return parsed.Success ? parsed.Value : default;
            }

            decimal Amount(string name)
            {
                var value = WithoutSpaces(Text(name));
                if (value.Length == 0)
                {
                    return 0m;
                }

                if (!amounts.TryRead(value, out var amount, out var problem))
                {
                    errors.Add(new FileError(file, line, name, problem!));
                }

                return amount;
            }

            var currencyCode = Cell("currency") is { Length: > 0 } code ? code : "EUR";
            var currency = CurrencyRegistry.Default.Find(currencyCode);
            if (!currency.IsSuccess)
            {
                errors.Add(new FileError(file, line, "currency", $"\"{currencyCode}\" is not an ISO 4217 currency"));
            }

            var kindName = Cell("debtor_kind").Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
            DebtorKind? kind = kindName.Length == 0 ? DebtorKind.Business : DebtorKind.TryFromName(kindName, ignoreCase: true, out var k) ? k : null;
            if (kind is null)
            {
                errors.Add(new FileError(file, line, "debtor_kind", $"\"{Cell("debtor_kind")}\" is not one of business, consumer, public_authority"));
            }

            var debtorId = Text("debtor_id");
            var name = Text("debtor_name");
            var invoiceId = Text("invoice_id");
            var issued = Date("issue_date");
            var due = Date("due_date");
            var amount = Amount("amount");
            var paid = Cell("paid").Length > 0 ? Amount("paid") : 0m;
            var paidOn = paid != 0m ? Date("paid_on") : default;
            if (errors.Count > before || kind is null || !currency.IsSuccess)
            {
                continue;
            }

            if (!debtors.TryGetValue(debtorId, out var account))
            {
                var country = Cell("country") is { Length: > 0 } c ? c.ToUpperInvariant() : "FR";
                var contact = new Contact(name, ContactRole.PaymentApprover)
                {
                    Email = Cell("email") is { Length: > 0 } email ? email : null,
                    Phone = Cell("phone") is { Length: > 0 } phone ? phone : null,
                };
                account = (new Debtor(debtorId, name, kind, country) { Contacts = [contact] }, [], []);
                debtors.Add(debtorId, account);
            }

            account.Entries.Add(new Invoice(invoiceId, issued, due, new Money(amount, currency.Value)));
            account.Lines.Add(line);
            if (paid != 0m)
            {
                account.Entries.Add(new Payment($"{invoiceId}-PAID", paidOn, new Money(paid, currency.Value)) { DesignatedIds = [invoiceId] });
                account.Lines.Add(line);
            }
        }

        var entries = new List<PortfolioEntry>(debtors.Count);
        foreach (var (debtor, accountEntries, accountLines) in debtors.Values)
        {
            var built = Account.Create(debtor, accountEntries);
            if (built.IsSuccess)
            {
                entries.Add(new PortfolioEntry(built.Value));
                continue;
            }

            foreach (var error in built.ValidationErrors)
            {
                var (line, column) = Locate(error.Identifier, accountLines);
                errors.Add(new FileError(file, line, column, error.ErrorMessage));
            }
        }

        return errors.Count > 0 ? (null, errors) : (new Portfolio(file, null, entries, new Dictionary<string, Money>()), errors);
    }

    /// <summary>Spaces, including the no-break ones of French exports, only group thousands.</summary>
    private static string WithoutSpaces(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    /// <summary>
    /// The row and the column of an account error: "entries[3].DueDate" is the row of the fourth entry, column due_date;
    /// "debtor.Country" is the debtor's first row, column country.
    /// </summary>
    private static (int Line, string Column) Locate(string identifier, List<int> lines)
    {
        if (identifier.StartsWith("debtor.", StringComparison.Ordinal))
        {
            var part = identifier["debtor.".Length..];
            var debtorColumn = part switch
            {
                "Id" => "debtor_id",
                "Name" => "debtor_name",
                "Kind" => "debtor_kind",
                "Country" => "country",
                _ => part.StartsWith("Contacts", StringComparison.Ordinal) ? "debtor_name" : identifier,
            };
            return (lines.Count > 0 ? lines[0] : 0, debtorColumn);
        }

        var open = identifier.IndexOf('[', StringComparison.Ordinal);
        var close = identifier.IndexOf(']', StringComparison.Ordinal);
        var line = open >= 0 && close > open && int.TryParse(identifier[(open + 1)..close], out var index) && index < lines.Count ? lines[index] : 0;
        var field = identifier[(identifier.LastIndexOf('.') + 1)..];
        var column = field switch
        {
            "DueDate" => "due_date",
            "IssueDate" => "issue_date",
            "Total" => "amount",
            "Paid" or "Date" => "paid",
            "Id" => "invoice_id",
            _ => identifier,
        };
        return (line, column);
    }

    /// <summary>One line's fields, quotes removed and doubled quotes kept once; null when a quote is not closed.</summary>
    private static string[]? Fields(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return quoted ? null : fields.ToArray();
    }
}
