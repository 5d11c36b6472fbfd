using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>
/// An aging report (<i>balance âgée</i>): the open amounts of one or many debtors spread over columns of days past
/// due. The columns of each row sum exactly to its open amount; credit balances are shown beside, not netted.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class AgingReport
{
    private AgingReport(LocalDate asOf, Currency currency, AgingBuckets buckets, IReadOnlyList<AgingRow> rows)
    {
        AsOf = asOf;
        Currency = currency;
        Buckets = buckets;
        Rows = rows;
        var totals = new decimal[buckets.Count];
        decimal total = 0m, credit = 0m;
        foreach (var row in rows)
        {
            for (var b = 0; b < totals.Length; b++)
            {
                totals[b] += row.Buckets[b].Amount;
            }

            total += row.Total.Amount;
            credit += row.CreditBalance.Amount;
        }

        Totals = Amounts(totals, currency);
        Total = new Money(total, currency);
        CreditBalance = new Money(credit, currency);
    }

    /// <summary>Gets the date the report is drawn up at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the columns.</summary>
    public AgingBuckets Buckets { get; }

    /// <summary>Gets one row per debtor, in the order the statements were given.</summary>
    public IReadOnlyList<AgingRow> Rows { get; }

    /// <summary>Gets the total of each column.</summary>
    public IReadOnlyList<Money> Totals { get; }

    /// <summary>Gets the total open amount.</summary>
    public Money Total { get; }

    /// <summary>Gets the total of credit balances.</summary>
    public Money CreditBalance { get; }

    /// <summary>Ages one account statement.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="buckets">The columns; <see cref="AgingBuckets.Default"/> when null.</param>
    /// <returns>The report, with one row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public static AgingReport For(AccountStatement statement, AgingBuckets? buckets = null)
    {
        Preconditions.CheckNotNull(statement, nameof(statement));
        var columns = buckets ?? AgingBuckets.Default;
        return new AgingReport(statement.AsOf, statement.Currency, columns, [Row(statement, columns)]);
    }

    /// <summary>Ages many statements into one report, for a portfolio.</summary>
    /// <param name="statements">Statements of the same date and currency.</param>
    /// <param name="buckets">The columns; <see cref="AgingBuckets.Default"/> when null.</param>
    /// <returns>The report, or an invalid result when the statements are missing or differ in date or currency.</returns>
    public static Result<AgingReport> Combine(IEnumerable<AccountStatement>? statements, AgingBuckets? buckets = null)
    {
        var list = statements?.ToArray();
        var errors = new ValidationErrors();
        if (list is null || list.Length == 0)
        {
            errors.Add(nameof(statements), null, "must hold at least one statement", ErrorCodes.Required);
            return errors.ToInvalid<AgingReport>();
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                errors.Add($"{nameof(statements)}[{i}]", null, "must not be null", ErrorCodes.Required);
            }
            else if (list[i].AsOf != list[0].AsOf || !list[i].Currency.Equals(list[0].Currency))
            {
                errors.Add(
                    $"{nameof(statements)}[{i}]",
                    list[i].Debtor.Id,
                    $"is in {list[i].Currency.Code} as of {Iso.Date(list[i].AsOf)}, not in {list[0].Currency.Code} as of {Iso.Date(list[0].AsOf)}",
                    ErrorCodes.CurrencyMismatch);
            }
        }

        var columns = buckets ?? AgingBuckets.Default;
        return errors.ToResult(() => new AgingReport(list[0].AsOf, list[0].Currency, columns, list.Select(s => Row(s, columns)).ToArray()));
    }

    /// <summary>Renders the report as a fixed-width table, invariant culture.</summary>
    /// <returns>The table.</returns>
    public override string ToString()
    {
        const int Width = 13;
        var text = new StringBuilder();
        text.Append("Aging report as of ").Append(Iso.Date(AsOf)).Append(" (").Append(Currency.Code).AppendLine(")");
        text.Append("Debtor".PadRight(24));
        foreach (var label in Buckets.Labels)
        {
            text.Append(label.PadLeft(Width));
        }

        text.Append("Total".PadLeft(Width)).AppendLine("Credit".PadLeft(Width));
        foreach (var row in Rows)
        {
            AppendRow(text, Truncate($"{row.DebtorId} {row.DebtorName}", 23), row.Buckets, row.Total, row.CreditBalance, Width);
        }

        AppendRow(text, "Total", Totals, Total, CreditBalance, Width);
        return text.ToString().TrimEnd();
    }

    private static AgingRow Row(AccountStatement statement, AgingBuckets buckets)
    {
        // Minor units in integers: the items are whole minor units of the statement's currency.
        var units = new long[buckets.Count];
        foreach (var item in statement.ItemArray)
        {
            // A settled item adds zero to "not due": cheaper than testing each amount.
            units[buckets.IndexOf(item.DaysPastDue)] += item.OpenUnits;
        }

        var amounts = new Money[units.Length];
        for (var i = 0; i < units.Length; i++)
        {
            amounts[i] = Money.FromMinorUnits(units[i], statement.Currency);
        }

        return new AgingRow(statement.Debtor.Id, statement.Debtor.Name, ValueList.Adopt(amounts), statement.Open, statement.CreditBalance);
    }

    private static Money[] Amounts(decimal[] amounts, Currency currency)
    {
        var money = new Money[amounts.Length];
        for (var i = 0; i < amounts.Length; i++)
        {
            money[i] = new Money(amounts[i], currency);
        }

        return money;
    }

    private static void AppendRow(StringBuilder text, string name, IReadOnlyList<Money> buckets, Money total, Money credit, int width)
    {
        text.Append(name.PadRight(24));
        foreach (var amount in buckets)
        {
            text.Append(Amount(amount).PadLeft(width));
        }

        text.Append(Amount(total).PadLeft(width)).AppendLine(Amount(credit).PadLeft(width));
    }

    private static string Amount(Money money) => money.Amount.ToString("N" + money.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length);
}
