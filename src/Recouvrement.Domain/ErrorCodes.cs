namespace Recouvrement;

/// <summary>
/// The stable codes carried by <see cref="Ardalis.Result.ValidationError.ErrorCode"/> in every
/// <c>Result</c> this library returns, so that a host can branch on them or translate them.
/// </summary>
public static class ErrorCodes
{
    /// <summary>A required value is missing (null or empty).</summary>
    public const string Required = "required";

    /// <summary>A number is outside the range the rule allows.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A text does not have the expected format.</summary>
    public const string Format = "format";

    /// <summary>A currency code is not known to the registry used.</summary>
    public const string UnknownCurrency = "unknown-currency";

    /// <summary>Two values that must share a currency do not.</summary>
    public const string CurrencyMismatch = "currency-mismatch";

    /// <summary>An amount holds a fraction of its currency's minor unit where whole minor units are required.</summary>
    public const string SubMinorUnit = "sub-minor-unit";

    /// <summary>A definition conflicts with one already registered under the same key.</summary>
    public const string Conflict = "conflict";

    /// <summary>A reference rate is not known for a date: the series ends before it, or starts after it.</summary>
    public const string MissingRate = "missing-rate";

    /// <summary>A computation would exceed the range of <see cref="decimal"/>.</summary>
    public const string Overflow = "overflow";
}
