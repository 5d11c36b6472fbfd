using NodaTime;

namespace Recouvrement.Worker.Ledger;

/// <summary>A customer as the ERP keeps it (<c>erp.customers</c>).</summary>
internal sealed record CustomerRow(string CustomerNo, string Name, string Kind, string Country, string? Email, string? Phone);

/// <summary>An invoice as the ERP keeps it (<c>erp.invoices</c>).</summary>
internal sealed record InvoiceRow(string InvoiceNo, string CustomerNo, LocalDate InvoiceDate, LocalDate DueDate, decimal Amount, string Currency);

/// <summary>A payment received, as the ERP keeps it (<c>erp.payments</c>); designated to an invoice when the payer said which.</summary>
internal sealed record PaymentRow(string PaymentNo, string CustomerNo, LocalDate ReceivedOn, decimal Amount, string Currency, string? Method, string? InvoiceNo);

/// <summary>
/// What was learnt of why a customer does not pay (<c>erp.signals</c>): a dispute, a card decline, a declared hardship, as
/// the JSON the Extensions package reads (<c>RecouvrementJson</c>).
/// </summary>
internal sealed record SignalRow(string SignalNo, string CustomerNo, string Json);

/// <summary>A row the worker could not read, named by its table and key.</summary>
internal sealed record RowProblem(string Table, string Key, string Message);
