using NodaTime;
using Recouvrement.Scheduling;

namespace Recouvrement.Cli.Portfolios;

/// <summary>A portfolio read and checked in full: nothing is run on a file with a problem.</summary>
/// <param name="Name">What the file calls itself.</param>
/// <param name="AsOf">The date the file was prepared for; the commands use it unless <c>--date</c> is given.</param>
/// <param name="Entries">Each debtor's account, cases and signals, as the collection run reads them.</param>
/// <param name="Capacities">What each debtor in hardship declared they can pay a month, by debtor id.</param>
internal sealed record Portfolio(string Name, LocalDate? AsOf, IReadOnlyList<PortfolioEntry> Entries, IReadOnlyDictionary<string, Money> Capacities);
