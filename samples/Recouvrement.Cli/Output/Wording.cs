using System.Globalization;
using Recouvrement.Escalation;
using Recouvrement.Plans;

namespace Recouvrement.Cli.Output;

/// <summary>Every word the report prints, in the reader's language: headings here, members by their vocabulary's label.</summary>
internal static class Wording
{
    internal static bool IsFrench(this CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr";

    internal static string Pick(this CultureInfo culture, string english, string french) => culture.IsFrench() ? french : english;

    /// <summary>A vocabulary member as a person reads it, never its identifier.</summary>
    internal static string Label<T>(this CultureInfo culture, Vocabulary<T> member)
        where T : Ardalis.SmartEnum.SmartEnum<T>
        => culture.Pick(member.Label, member.FrenchLabel);

    internal static string Label(this CultureInfo culture, ProposalKind kind) => kind switch
    {
        ProposalKind.Shortest => culture.Pick("shortest", "la plus courte"),
        ProposalKind.WithMargin => culture.Pick("with a margin", "avec une marge"),
        ProposalKind.LowestInstalment => culture.Pick("lowest instalment", "la plus petite échéance"),
        _ => culture.Pick("at the minimum instalment", "à l'échéance minimale"),
    };

    internal static string Label(this CultureInfo culture, StepKind kind) => kind switch
    {
        StepKind.Reminder => culture.Pick("reminder", "relance"),
        StepKind.FormalNotice => culture.Pick("formal notice", "mise en demeure"),
        StepKind.Agency => culture.Pick("collection agency", "société de recouvrement"),
        StepKind.Court => culture.Pick("court", "procédure judiciaire"),
        _ => culture.Pick("write-off", "passage en perte"),
    };

    /// <summary>An aging column: the library names them in English ("Not due", "1-30", "Over 90").</summary>
    internal static string Bucket(this CultureInfo culture, string label)
        => label == "Not due" ? culture.Pick(label, "Non échu")
            : label.StartsWith("Over ", StringComparison.Ordinal) ? culture.Pick(label, "Plus de " + label[5..])
            : label;
}
