using System.Text.Json;
using Recouvrement.Reasons;
using static Recouvrement.Extensions.Json.JsonValues;

namespace Recouvrement.Extensions.Json;

/// <summary>
/// The JSON shape of what is observed on an account (a rejected direct debit, a dispute, a note…): one object per signal
/// with its <c>type</c> and <c>date</c>, a rejection code kept as the bank or the card network gave it.
/// </summary>
internal static class SignalJson
{
    internal static void Write(Utf8JsonWriter writer, ReasonSignal signal)
    {
        writer.WriteStartObject();
        writer.WriteString("type", signal.GetType().Name);
        writer.WriteString("date", Date(signal.Date));
        switch (signal)
        {
            case CardDeclined card:
                writer.WriteString("category", card.Category);
                break;
            case ContactNote note:
                writer.WriteString("text", note.Text);
                break;
            case DeclaredReason declared:
                WriteName(writer, "reason", declared.Reason);
                break;
            case DirectDebitReturned returned:
                writer.WriteString("code", returned.Code);
                if (returned.Scheme != DirectDebitScheme.Sepa)
                {
                    WriteName(writer, "scheme", returned.Scheme);
                }

                break;
            case DisputeClosed closed:
                writer.WriteString("disputeId", closed.DisputeId);
                break;
            case DisputeOpened opened:
                writer.WriteString("disputeId", opened.DisputeId);
                WriteName(writer, "reason", opened.Reason);
                JsonValues.Write(writer, "itemIds", opened.ItemIds);
                break;
            case InsolvencyNotice notice:
                WriteName(writer, "proceeding", notice.Proceeding);
                writer.WriteString("claimDeadline", Date(notice.ClaimDeadline));
                writer.WriteString("judgmentDate", Date(notice.JudgmentDate));
                break;
            case SolvencyEnquiry enquiry:
                writer.WriteString("outcome", enquiry.Outcome.ToString());
                break;
            case ContactDataMissing or PromiseBroken:
                break;
            default:
                throw new JsonException($"a {signal.GetType().Name} is a host's own signal: its options must hold a converter for it");
        }

        writer.WriteEndObject();
    }

    internal static ReasonSignal Signal(JsonElement json)
    {
        var date = Field(json, "date", Date);
        var type = Text(json, "type");
        return type switch
        {
            nameof(CardDeclined) => new CardDeclined(date, Text(json, "category")),
            nameof(ContactDataMissing) => new ContactDataMissing(date),
            nameof(ContactNote) => new ContactNote(date, Text(json, "text")),
            nameof(DeclaredReason) => new DeclaredReason(date, Field(json, "reason", Named<UnpaidReason>)),
            nameof(DirectDebitReturned) => new DirectDebitReturned(date, Text(json, "code"))
            {
                Scheme = json.TryGetProperty("scheme", out _) ? Field(json, "scheme", Named<DirectDebitScheme>) : DirectDebitScheme.Sepa,
            },
            nameof(DisputeClosed) => new DisputeClosed(date, Text(json, "disputeId")),
            nameof(DisputeOpened) => new DisputeOpened(date, Text(json, "disputeId"), json.TryGetProperty("reason", out _) ? Field(json, "reason", Named<UnpaidReason>) : UnpaidReason.DisputeUnspecified)
            {
                ItemIds = Strings(json, "itemIds"),
            },
            nameof(InsolvencyNotice) => Notice(json, date),
            nameof(PromiseBroken) => new PromiseBroken(date),
            nameof(SolvencyEnquiry) => new SolvencyEnquiry(date, Field(json, "outcome", o => Member<SolvencyOutcome>(o, "solvency outcome"))),
            _ => throw new JsonException(
                $"\"type\": \"{type}\" is not a signal: one of CardDeclined, ContactDataMissing, ContactNote, DeclaredReason, DirectDebitReturned, DisputeClosed, DisputeOpened, InsolvencyNotice, PromiseBroken, SolvencyEnquiry"),
        };
    }

}
