using System.Collections.Generic;
using System.Text;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>
/// How one payment, deposit or free credit was applied: line by line, with the rule, and what was left as credit.
/// The lines plus <see cref="Unallocated"/> always equal <see cref="Amount"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PaymentAllocation
{
    internal PaymentAllocation(string sourceId, LocalDate date, Money amount, string rule, AllocationLine[] lines, Money unallocated)
    {
        SourceId = sourceId;
        Date = date;
        Amount = amount;
        Rule = rule;
        Lines = lines.Length == 0 ? [] : System.Array.AsReadOnly(lines);
        Unallocated = unallocated;
    }

    /// <summary>Gets the id of the payment, deposit or credit note.</summary>
    public string SourceId { get; }

    /// <summary>Gets the date it was applied.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the amount received or credited.</summary>
    public Money Amount { get; }

    /// <summary>Gets the rule that chose the items.</summary>
    public string Rule { get; }

    /// <summary>Gets the lines, in the order the items were settled.</summary>
    public IReadOnlyList<AllocationLine> Lines { get; }

    /// <summary>Gets what no open item took: a credit balance in the debtor's favour.</summary>
    public Money Unallocated { get; }

    /// <summary>Renders the breakdown, invariant culture, one line per item.</summary>
    /// <returns>The breakdown.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(SourceId).Append(" of ").Append(Iso.Date(Date))
            .Append(": ").Append(Amount).AppendLine();
        text.Append("  Rule: ").AppendLine(Rule);
        foreach (var line in Lines)
        {
            text.Append("  ").Append(line.ItemId.PadRight(12)).Append(' ').Append(line.Amount.ToString().PadLeft(14))
                .Append("  ").AppendLine(line.Reason);
        }

        text.Append("  ").Append("Credit left".PadRight(12)).Append(' ').Append(Unallocated.ToString().PadLeft(14));
        return text.ToString();
    }
}
