namespace Recouvrement.Reasons;

/// <summary>The direct-debit scheme a return code belongs to: it says which list the code is read in.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DirectDebitScheme : Vocabulary<DirectDebitScheme>
{
    /// <summary>SEPA Direct Debit: R-transaction reason codes (<see cref="SepaReturnCode"/>).</summary>
    public static readonly DirectDebitScheme Sepa = new(nameof(Sepa), 1, "SEPA Direct Debit", "prélèvement SEPA");

    /// <summary>Bacs Direct Debit, United Kingdom: ARUDD reason codes (<see cref="BacsReturnCode"/>).</summary>
    public static readonly DirectDebitScheme Bacs = new(nameof(Bacs), 2, "Bacs Direct Debit", "prélèvement Bacs");

    /// <summary>BECS direct debit, Australia: return reason codes (<see cref="BecsReturnCode"/>).</summary>
    public static readonly DirectDebitScheme Becs = new(nameof(Becs), 3, "BECS direct debit", "prélèvement BECS");

    private DirectDebitScheme(string name, int value, string label, string frenchLabel)
        : base(name, value, label, frenchLabel)
    {
    }
}
