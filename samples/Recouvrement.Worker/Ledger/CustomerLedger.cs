using System.Globalization;
using System.Text.Json;
using Ardalis.Result;
using Recouvrement.Accounts;
using Recouvrement.Cases;
using Recouvrement.Debtors;
using Recouvrement.Reasons;
using Recouvrement.Scheduling;

namespace Recouvrement.Worker.Ledger;

/// <summary>
/// Everything stored about one customer: the ERP's rows, and what the worker stored on earlier days — the charges it
/// posted and the cases with their events. <see cref="ToEntry"/> turns it into the entry the collection run reads.
/// </summary>
internal sealed class CustomerLedger(CustomerRow customer)
{
    internal const string Customers = "erp.customers";
    internal const string Invoices = "erp.invoices";
    internal const string Payments = "erp.payments";
    internal const string Signals = "erp.signals";
    internal const string Charges = "recouvrement.charges";
    internal const string Cases = "recouvrement.cases";

    public CustomerRow Customer { get; } = customer;

    public List<InvoiceRow> InvoiceRows { get; } = [];

    public List<PaymentRow> PaymentRows { get; } = [];

    public List<SignalRow> SignalRows { get; } = [];

    /// <summary>The charges the worker posted on earlier runs, as it stored them.</summary>
    public List<Charge> PostedCharges { get; } = [];

    /// <summary>The cases as the worker stored them: their identifier and JSON.</summary>
    public List<(string CaseId, string Json)> StoredCases { get; } = [];

    /// <summary>The rows read for this customer that could not be read at all (a null, a value out of range).</summary>
    public List<RowProblem> ReadProblems { get; } = [];

    /// <summary>The entry the run reads, or every problem found in the customer's rows: one bad row and the customer waits.</summary>
    public (PortfolioEntry? Entry, IReadOnlyList<RowProblem> Problems) ToEntry(JsonSerializerOptions json)
    {
        var problems = new List<RowProblem>(ReadProblems);
        var debtor = Debtor(problems);
        var entries = new List<AccountEntry>(InvoiceRows.Count + PaymentRows.Count + PostedCharges.Count);
        var sources = new List<(string Table, string Key)>(entries.Capacity);
        foreach (var row in InvoiceRows)
        {
            if (Amount(row.Amount, row.Currency, Invoices, row.InvoiceNo, problems) is { } total)
            {
                entries.Add(new Invoice(row.InvoiceNo, row.InvoiceDate, row.DueDate, total));
                sources.Add((Invoices, row.InvoiceNo));
            }
        }

        foreach (var row in PaymentRows)
        {
            var method = PaymentMethod.BankTransfer;
            if (row.Method is not null && !PaymentMethod.TryFromName(row.Method, ignoreCase: true, out method))
            {
                problems.Add(new RowProblem(Payments, row.PaymentNo, $"method '{row.Method}' is none of {string.Join(", ", PaymentMethod.List.Select(m => m.Name))}"));
            }

            if (Amount(row.Amount, row.Currency, Payments, row.PaymentNo, problems) is { } paid)
            {
                entries.Add(new Payment(row.PaymentNo, row.ReceivedOn, paid) { Method = method ?? PaymentMethod.BankTransfer, DesignatedIds = row.InvoiceNo is null ? [] : [row.InvoiceNo] });
                sources.Add((Payments, row.PaymentNo));
            }
        }

        foreach (var charge in PostedCharges)
        {
            entries.Add(charge);
            sources.Add((Charges, charge.Id));
        }

        var signals = Read<ReasonSignal>(SignalRows.Select(s => (s.SignalNo, s.Json)), Signals, json, problems);
        var cases = Read<CollectionCase>(StoredCases, Cases, json, problems);
        if (debtor is null || problems.Count > 0)
        {
            return (null, problems);
        }

        var account = Account.Create(debtor, entries);
        if (!account.IsSuccess)
        {
            problems.AddRange(account.ValidationErrors.Select(e => Locate(e, sources)));
            return (null, problems);
        }

        return (new PortfolioEntry(account.Value) { Cases = cases, Signals = signals }, problems);
    }

    private Debtor? Debtor(List<RowProblem> problems)
    {
        if (!DebtorKind.TryFromName(Customer.Kind, ignoreCase: true, out var kind))
        {
            problems.Add(new RowProblem(Customers, Customer.CustomerNo, $"kind '{Customer.Kind}' is none of {string.Join(", ", DebtorKind.List.Select(k => k.Name))}"));
            return null;
        }

        var contact = new Contact(Customer.Name, ContactRole.PaymentApprover) { Email = Customer.Email, Phone = Customer.Phone };
        return new Debtor(Customer.CustomerNo, Customer.Name, kind, Customer.Country) { Contacts = [contact] };
    }

    private static Money? Amount(decimal amount, string currency, string table, string key, List<RowProblem> problems)
    {
        if (CurrencyRegistry.Default.TryFind(currency, out var found))
        {
            return new Money(amount, found);
        }

        problems.Add(new RowProblem(table, key, $"currency '{currency}' is not one of {string.Join(", ", CurrencyRegistry.Default.Currencies.Select(c => c.Code))}"));
        return null;
    }

    private static List<T> Read<T>(IEnumerable<(string Key, string Json)> rows, string table, JsonSerializerOptions json, List<RowProblem> problems)
    {
        var read = new List<T>();
        foreach (var (key, text) in rows)
        {
            try
            {
                read.Add(JsonSerializer.Deserialize<T>(text, json) ?? throw new JsonException("null"));
            }
            catch (JsonException e)
            {
                problems.Add(new RowProblem(table, key, e.Message));
            }
        }

        return read;
    }

    /// <summary>The account's error on <c>entries[3].DueDate</c> named by the row entry 3 came from.</summary>
    private RowProblem Locate(ValidationError error, List<(string Table, string Key)> sources)
    {
        const string Prefix = "entries[";
        var id = error.Identifier ?? string.Empty;
        var end = id.IndexOf(']', StringComparison.Ordinal);
        if (id.StartsWith(Prefix, StringComparison.Ordinal) && end > Prefix.Length
            && int.TryParse(id.AsSpan(Prefix.Length, end - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < sources.Count)
        {
            return new RowProblem(sources[index].Table, sources[index].Key, error.ErrorMessage);
        }

        return new RowProblem(Customers, Customer.CustomerNo, error.ErrorMessage);
    }
}
