using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Linq;
using Ardalis.Result;
using Recouvrement.Internal;

namespace Recouvrement;

/// <summary>
/// An immutable set of currencies that can be found by ISO 4217 code. <see cref="Default"/> holds the
/// well-known currencies; <see cref="With"/> returns a new registry that also holds a host's own currency.
/// </summary>
/// <remarks>This type is immutable and thread-safe: share one instance freely.</remarks>
public sealed class CurrencyRegistry
{
    private readonly Dictionary<string, Currency> byCode;

    private CurrencyRegistry(Dictionary<string, Currency> byCode)
    {
        this.byCode = byCode;
        Currencies = byCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Gets the registry of the well-known currencies: EUR, GBP, USD, CHF, SEK, NOK, DKK, PLN, CZK, HUF, RON,
    /// JPY, BHD and KWD.
    /// </summary>
    public static CurrencyRegistry Default { get; } =
        new(Currency.WellKnown.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase));

    /// <summary>Gets the registered currencies, ordered by code.</summary>
    public IReadOnlyList<Currency> Currencies { get; }

    /// <summary>Finds a currency by its code, ignoring case and surrounding white space.</summary>
    /// <param name="code">An ISO 4217 code such as "EUR".</param>
    /// <returns>The currency, or an invalid result that names the unknown code.</returns>
    [Pure]
    public Result<Currency> Find(string? code)
    {
        if (TryFind(code, out var currency))
        {
            return Result<Currency>.Success(currency);
        }

        return ValidationErrors.Single<Currency>(
            nameof(code),
            code,
            $"is not a known currency code (known: {string.Join(", ", Currencies.Select(c => c.Code))})",
            ErrorCodes.UnknownCurrency);
    }

    /// <summary>Finds a currency by its code, ignoring case and surrounding white space.</summary>
    /// <param name="code">An ISO 4217 code such as "EUR".</param>
    /// <param name="currency">The currency when found.</param>
    /// <returns><see langword="true"/> when the code is registered.</returns>
    public bool TryFind(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        currency = null;
        return code is not null && byCode.TryGetValue(code.Trim(), out currency);
    }

    /// <summary>Returns a registry that also holds <paramref name="currency"/>.</summary>
    /// <param name="currency">A currency, usually made by <see cref="Currency.Create"/>.</param>
    /// <returns>
    /// The new registry (this one when the same currency is already registered), or an invalid result when the
    /// code is registered with other minor units: a built-in definition is never silently replaced.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    [Pure]
    public Result<CurrencyRegistry> With(Currency currency)
    {
        Preconditions.CheckNotNull(currency, nameof(currency));
        if (byCode.TryGetValue(currency.Code, out var existing))
        {
            if (existing.Equals(currency))
            {
                return Result<CurrencyRegistry>.Success(this);
            }

            return ValidationErrors.Single<CurrencyRegistry>(
                nameof(currency),
                currency.Code,
                $"is already registered with {existing.MinorUnits} minor units, not {currency.MinorUnits}",
                ErrorCodes.Conflict);
        }

        return Result<CurrencyRegistry>.Success(
            new CurrencyRegistry(new Dictionary<string, Currency>(byCode, StringComparer.OrdinalIgnoreCase)
            {
                [currency.Code] = currency,
            }));
    }
}
