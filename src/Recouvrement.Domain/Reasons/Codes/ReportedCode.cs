namespace Recouvrement.Reasons;

/// <summary>
/// A code as a payment rail reported it, kept as is, with its meaning looked up once when the signal is made: the
/// classifier reads it for every account of a run.
/// </summary>
/// <typeparam name="TEnum">The code vocabulary.</typeparam>
/// <param name="Raw">The code as reported.</param>
/// <param name="Known">Its meaning, or null when the code is unknown.</param>
internal readonly record struct ReportedCode<TEnum>(string Raw, TEnum? Known)
    where TEnum : RejectionCode<TEnum>
{
    internal static ReportedCode<TEnum> Of(string raw) => new(raw, RejectionCode<TEnum>.TryFind(raw, out var known) ? known : null);
}
