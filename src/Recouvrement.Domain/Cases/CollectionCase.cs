using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Cases;

/// <summary>
/// A collection case (<i>dossier de recouvrement</i>): a debtor's whole account or some of its invoices, as the host
/// chooses, and the chronology of what happened — every event with its date and channel. The state follows from the
/// events through the allowed transitions; <see cref="CaseDecider"/> says what to do next.
/// </summary>
/// <remarks>This type is immutable and thread-safe: <see cref="Record(CaseEvent?[])"/> returns a new case.</remarks>
public sealed class CollectionCase
{
    private readonly CaseEvent[] events;
    private readonly string[] invoiceIds;

    private CollectionCase(string id, string debtorId, Currency currency, LocalDate openedOn, string[] invoiceIds, CaseEvent[] events, CaseHistory history)
    {
        Id = id;
        DebtorId = debtorId;
        Currency = currency;
        OpenedOn = openedOn;
        this.invoiceIds = invoiceIds;
        this.events = events;
        History = history;
    }

    /// <summary>Gets the case's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the debtor's identifier, as in <see cref="Debtors.Debtor.Id"/>.</summary>
    public string DebtorId { get; }

    /// <summary>Gets the currency of the amounts promised and received.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the day the case was opened; no event may be earlier.</summary>
    public LocalDate OpenedOn { get; }

    /// <summary>Gets the invoices the case covers; the debtor's whole account when empty.</summary>
    public IReadOnlyList<string> InvoiceIds => Array.AsReadOnly(invoiceIds);

    /// <summary>Gets the events, by date; events of one day keep the order they were given in.</summary>
    public IReadOnlyList<CaseEvent> Events => Array.AsReadOnly(events);

    /// <summary>Gets the state after the last event.</summary>
    public CaseState State => History.State;

    /// <summary>
    /// Gets the day the first formal notice (<i>mise en demeure</i>) went out, if any: a consumer owes late-payment
    /// interest from it — pass it as <see cref="Penalties.LateInvoice.FormalNoticeDate"/>.
    /// </summary>
    public LocalDate? FormalNoticeOn => History.FirstFormalNotice?.Date;

    /// <summary>
    /// Gets the insolvency proceedings opened against the debtor, if any: late-payment interest stops at the opening
    /// judgment (C. com. L622-28) and the claim must be filed by the notice's deadline.
    /// </summary>
    public Reasons.InsolvencyNotice? Insolvency => History.Insolvency?.Notice;

    /// <summary>
    /// The days the case's promises to pay broke by <paramref name="asOf"/>: each promise not kept by its date plus
    /// <paramref name="graceDays"/>, and not replaced before then by another promise, a plan, insolvency proceedings or
    /// the closure, broke the day after. The reason classifier counts them as <see cref="Reasons.PromiseBroken"/> signals.
    /// </summary>
    /// <param name="asOf">The day to look from.</param>
    /// <param name="graceDays">The days a promise is given after its date (<see cref="CasePolicy.PromiseGraceDays"/>).</param>
    /// <returns>The days, oldest first.</returns>
    public IReadOnlyList<LocalDate> BrokenPromises(LocalDate asOf, int graceDays) => History.BrokenPromises(asOf, graceDays);

    /// <summary>Gets the items under dispute.</summary>
    public IReadOnlyList<string> DisputedItemIds => [.. History.Disputes];

    internal CaseHistory History { get; }

    internal CaseEvent[] EventArray => events;

    /// <summary>Opens a case with no event yet, on identifiers and a currency already checked: what a collection run opens.</summary>
    internal static CollectionCase Open(string id, string debtorId, Currency currency, LocalDate openedOn)
        => new(id, debtorId, currency, openedOn, [], [], CaseHistory.Replay([], currency, openedOn, new ValidationErrors()));

    /// <summary>Opens a case and records its events.</summary>
    /// <param name="id">The case's identifier.</param>
    /// <param name="debtorId">The debtor's identifier.</param>
    /// <param name="currency">The currency of the account.</param>
    /// <param name="openedOn">The day the case was opened.</param>
    /// <param name="events">The events so far, in any order; not kept.</param>
    /// <param name="invoiceIds">The invoices the case covers, for dunning per invoice; the whole account when null or empty.</param>
    /// <returns>The case, or an invalid result naming every problem: missing identifiers, events before the opening, repeated
    /// events, transitions that are not allowed (a step on a closed case, a court filing without a formal notice, dunning
    /// during insolvency proceedings, closing a dispute that is not open…), amounts in another currency.</returns>
    public static Result<CollectionCase> Create(string? id, string? debtorId, Currency? currency, LocalDate openedOn, IEnumerable<CaseEvent?>? events = null, IEnumerable<string?>? invoiceIds = null)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(nameof(id), id, "must not be blank", ErrorCodes.Required);
        }

        if (string.IsNullOrWhiteSpace(debtorId))
        {
            errors.Add(nameof(debtorId), debtorId, "must not be blank", ErrorCodes.Required);
        }

        if (currency is null)
        {
            errors.Add(nameof(currency), null, "must be given", ErrorCodes.Required);
        }

        var invoices = invoiceIds?.ToArray() ?? [];
        for (var i = 0; i < invoices.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(invoices[i]) || Array.IndexOf(invoices, invoices[i]) < i)
            {
                errors.Add($"invoiceIds[{i}]", invoices[i], "must be given, once", ErrorCodes.Conflict);
            }
        }

        var given = events?.ToArray() ?? [];
        for (var i = 0; i < given.Length; i++)
        {
            if (given[i] is null)
            {
                errors.Add($"events[{i}]", null, "must not be null", ErrorCodes.Required);
            }
        }

        if (errors.HasErrors)
        {
            return errors.ToInvalid<CollectionCase>();
        }

        // A stable sort: the events of one day keep the caller's order, which is the order they happened in.
        CaseEvent[] sorted = given.Length == 0 ? [] : [.. given.Select((e, i) => (Event: e!, Index: i)).OrderBy(x => x.Event.Date).ThenBy(x => x.Index).Select(x => x.Event)];
        var history = CaseHistory.Replay(sorted, currency!, openedOn, errors);
        return errors.HasErrors ? errors.ToInvalid<CollectionCase>() : Result<CollectionCase>.Success(new CollectionCase(id!, debtorId!, currency!, openedOn, invoices!, sorted, history));
    }

    /// <summary>Records more events.</summary>
    /// <param name="more">The events; not kept.</param>
    /// <returns>A new case with the events, or an invalid result naming every problem; this case is unchanged.</returns>
    public Result<CollectionCase> Record(params CaseEvent?[]? more) => Record((IEnumerable<CaseEvent?>?)more);

    /// <summary>Records more events.</summary>
    /// <param name="more">The events; not kept.</param>
    /// <returns>A new case with the events, or an invalid result naming every problem; this case is unchanged.</returns>
    public Result<CollectionCase> Record(IEnumerable<CaseEvent?>? more)
        => Create(Id, DebtorId, Currency, OpenedOn, events.Concat(more ?? []), invoiceIds);

    /// <summary>Whether the case covers an invoice.</summary>
    /// <param name="invoiceId">The invoice's identifier.</param>
    /// <returns>True for every invoice of a case on the whole account.</returns>
    public bool Covers(string invoiceId) => invoiceIds.Length == 0 || Array.IndexOf(invoiceIds, invoiceId) >= 0;

    /// <summary>Renders the chronology in English.</summary>
    /// <returns>One line per event.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);

    /// <summary>Renders the chronology — date, event, state after it — in French for a French culture, in English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text, the same on every machine.</returns>
    public string Describe(CultureInfo? culture)
    {
        var wording = Wording.For(culture);
        var text = new StringBuilder()
            .Append(wording.Pick("Case ", "Dossier ")).Append(Id).Append(wording.Pick(", debtor ", ", débiteur ")).Append(DebtorId)
            .Append(wording.Pick(", opened on ", ", ouvert le ")).Append(wording.Date(OpenedOn));
        if (invoiceIds.Length > 0)
        {
            text.Append(wording.Pick(", invoices ", ", factures ")).Append(string.Join(", ", invoiceIds));
        }

        text.AppendLine();
        for (var i = 0; i < events.Length; i++)
        {
            text.Append("  ").Append(wording.Date(events[i].Date)).Append("  ").Append(events[i].Describe(culture))
                .Append(" → ").AppendLine(History.StateAfter[i].LabelIn(wording));
        }

        return text.ToString().TrimEnd();
    }
}
