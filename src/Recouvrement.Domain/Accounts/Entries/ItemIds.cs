using System.Globalization;

namespace Recouvrement.Accounts;

/// <summary>
/// Ids of the items an invoice payable by instalments creates: <c>INV-1/2</c> is the second instalment of
/// <c>INV-1</c>. Read back by splitting at the last slash, so no table of instalment ids is ever built.
/// </summary>
internal static class ItemIds
{
    internal static string Instalment(string invoiceId, int number) => invoiceId + "/" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Splits <c>INV-1/2</c> into <c>INV-1</c> and 2; false when the id has no such shape.</summary>
    internal static bool TrySplitInstalment(string id, out string invoiceId, out int number)
    {
        invoiceId = string.Empty;
        number = 0;
        var slash = id.LastIndexOf('/');
        var digits = id.Length - slash - 1;

        // Instalment numbers are written without leading zeros and stay far below int.MaxValue.
        if (slash <= 0 || digits is < 1 or > 9 || id[slash + 1] == '0')
        {
            return false;
        }

        for (var i = slash + 1; i < id.Length; i++)
        {
            if (id[i] is < '0' or > '9')
            {
                number = 0;
                return false;
            }

            number = (number * 10) + (id[i] - '0');
        }

        invoiceId = id.Substring(0, slash);
        return true;
    }
}
