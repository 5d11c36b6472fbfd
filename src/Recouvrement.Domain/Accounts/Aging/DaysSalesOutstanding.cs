using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.Result;
using NodaTime;
using Recouvrement.Internal;

namespace Recouvrement.Accounts;

/// <summary>
/// Days sales outstanding (DSO) over one or many account statements of the same date and currency. Receivables are the
/// open principal (fees and interest excluded); sales are the invoices issued, by issue date.
/// </summary>
public static class DaysSalesOutstanding
{
    // A hundred years of sales: far beyond any report, and within reach of every date a statement can have.
    private const int MaxPeriodDays = 36_525;
    private const int MaxMonths = 1_200;

    /// <summary>
    /// The standard method: receivables ÷ sales of the last <paramref name="periodDays"/> days × <paramref name="periodDays"/>.
    /// Simple, but swings with seasonal sales.
    /// </summary>
    /// <param name="statements">Statements of the same date and currency.</param>
    /// <param name="periodDays">
    /// The length of the sales period, in days (90 by default): from 1 to 36,525 (a hundred years), and not reaching before
    /// NodaTime's first date, −9998-01-01.
    /// </param>
    /// <returns>The DSO, or an invalid result when the input is unusable or there were no sales in the period.</returns>
    public static Result<DsoResult> Standard(IEnumerable<AccountStatement>? statements, int periodDays = 90)
    {
        var errors = Check(statements, out var list);
        if (periodDays is < 1 or > MaxPeriodDays)
        {
            errors.Add(nameof(periodDays), periodDays, $"must be from 1 to {MaxPeriodDays} days (a hundred years)", ErrorCodes.OutOfRange);
        }
        else if (!errors.HasErrors && Period.DaysBetween(LocalDate.MinIsoValue, list[0].AsOf) + 1 is var available && periodDays > available)
        {
            errors.Add(nameof(periodDays), periodDays, $"reaches before {Iso.Date(LocalDate.MinIsoValue)}, the calendar's first day (at most {available} days here)", ErrorCodes.OutOfRange);
        }

        return errors.HasErrors ? errors.ToInvalid<DsoResult>() : Standard(list, list[0].AsOf.PlusDays(1 - periodDays));
    }

    /// <summary>
    /// The standard method over a calendar period, from <paramref name="from"/> to the statements' date (a quarter, a
    /// financial year to date): receivables ÷ sales of the period × its days.
    /// </summary>
    /// <param name="statements">Statements of the same date and currency: the period's last day.</param>
    /// <param name="from">The period's first day, not after the statements' date.</param>
    /// <returns>The DSO, or an invalid result when the input is unusable or there were no sales in the period.</returns>
    public static Result<DsoResult> StandardFrom(IEnumerable<AccountStatement>? statements, LocalDate from)
    {
        var errors = Check(statements, out var list);
        if (!errors.HasErrors && from > list[0].AsOf)
        {
            errors.Add(nameof(from), from, $"is after the statements' date ({Iso.Date(list[0].AsOf)})", ErrorCodes.OutOfRange);
        }

        return errors.HasErrors ? errors.ToInvalid<DsoResult>() : Standard(list, from);
    }

    /// <summary>
    /// The countback method: receivables are matched against the sales of the current month to date, then of each
    /// earlier month; each month fully covered adds its days, the last one a share of its days. Steadier than the
    /// standard method when sales vary.
    /// </summary>
    /// <param name="statements">Statements of the same date and currency.</param>
    /// <param name="maxMonths">
    /// How many months back to go at most (12 by default), from 1 to 1,200 (a hundred years); the walk stops at NodaTime's
    /// first month, January −9998.
    /// </param>
    /// <returns>The DSO, or an invalid result when the input is unusable.</returns>
    public static Result<DsoResult> Countback(IEnumerable<AccountStatement>? statements, int maxMonths = 12)
    {
        var errors = Check(statements, out var list);
        if (maxMonths is < 1 or > MaxMonths)
        {
            errors.Add(nameof(maxMonths), maxMonths, $"must be from 1 to {MaxMonths} months (a hundred years)", ErrorCodes.OutOfRange);
        }

        if (errors.HasErrors)
        {
            return errors.ToInvalid<DsoResult>();
        }

        var asOf = list[0].AsOf;
        var currency = list[0].Currency;
        var receivables = Receivables(list);
        var remaining = receivables;
        var days = 0m;
        var steps = new List<string> { $"Receivables (open principal) on {Iso.Date(asOf)}: {new Money(receivables, currency)}" };
        var end = asOf;
        var months = 0;
        while (months < maxMonths && remaining > 0m)
        {
            var start = new LocalDate(end.Year, end.Month, 1);
            var length = Period.DaysBetween(start, end) + 1;
            var sales = Sales(list, start, end);
            if (remaining >= sales)
            {
                days += length;
                remaining -= sales;
                steps.Add($"{Iso.Date(start)}..{Iso.Date(end)}: sales {new Money(sales, currency)} covered in full, +{length} days");
            }
            else
            {
                var share = remaining / sales * length;
                days += share;
                steps.Add($"{Iso.Date(start)}..{Iso.Date(end)}: sales {new Money(sales, currency)}, {new Money(remaining, currency)} left = {share.ToString("0.0", CultureInfo.InvariantCulture)} of {length} days");
                remaining = 0m;
            }

            months++;
            if (start == LocalDate.MinIsoValue)
            {
                // No month before the calendar's first.
                break;
            }

            end = start.PlusDays(-1);
        }

        if (remaining > 0m)
        {
            steps.Add($"{new Money(remaining, currency)} of receivables is older than the sales of the last {months} months");
        }

        steps.Add($"DSO = {days.ToString("0.0", CultureInfo.InvariantCulture)} days");
        return Result<DsoResult>.Success(new DsoResult(DsoMethod.Countback, days, new Money(receivables, currency), steps));
    }

    private static ValidationErrors Check(IEnumerable<AccountStatement>? statements, out AccountStatement[] list)
    {
        list = statements?.ToArray() ?? [];
        var errors = new ValidationErrors();
        if (list.Length == 0 || list.Any(s => s is null))
        {
            errors.Add(nameof(statements), list.Length, "must hold at least one statement and no null", ErrorCodes.Required);
            return errors;
        }

        for (var i = 1; i < list.Length; i++)
        {
            if (list[i].AsOf != list[0].AsOf || !list[i].Currency.Equals(list[0].Currency))
            {
                errors.Add($"{nameof(statements)}[{i}]", list[i].Debtor.Id, "differs from the first statement in date or currency", ErrorCodes.CurrencyMismatch);
            }
        }

        return errors;
    }

    private static Result<DsoResult> Standard(AccountStatement[] list, LocalDate from)
    {
        var asOf = list[0].AsOf;
        var currency = list[0].Currency;
        var periodDays = Period.DaysBetween(from, asOf) + 1;
        var receivables = Receivables(list);
        var sales = Sales(list, from, asOf);
        if (sales == 0m)
        {
            return ValidationErrors.Single<DsoResult>(
                "statements", Iso.Date(from) + ".." + Iso.Date(asOf), "holds no sales in the period: DSO is undefined", ErrorCodes.OutOfRange);
        }

        var days = receivables / sales * periodDays;
        return Result<DsoResult>.Success(new DsoResult(
            DsoMethod.Standard,
            days,
            new Money(receivables, currency),
            ValueList.Adopt<string>(
            [
                $"Receivables (open principal) on {Iso.Date(asOf)}: {new Money(receivables, currency)}",
                $"Sales from {Iso.Date(from)} to {Iso.Date(asOf)} ({periodDays} days): {new Money(sales, currency)}",
                $"{new Money(receivables, currency)} / {new Money(sales, currency)} x {periodDays} = {days.ToString("0.0", CultureInfo.InvariantCulture)} days",
            ])));
    }

    private static decimal Receivables(AccountStatement[] statements)
        => statements.Sum(s => s.Items.Where(i => !i.Kind.IsCharge).Sum(i => i.Open.Amount));

    private static decimal Sales(AccountStatement[] statements, LocalDate from, LocalDate to)
        => statements.Sum(s => s.Items.Where(i => !i.Kind.IsCharge && i.IssueDate >= from && i.IssueDate <= to).Sum(i => i.Amount.Amount));

}
