// A host as a user writes it, built against the packed packages from a local feed: once for .NET Framework 4.8
// (strong-named, compiled only: this machine runs no .NET Framework) and once for .NET 10 (built and run).
using System;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Recouvrement;
using Recouvrement.Extensions;
using Recouvrement.Scheduling;

var invoice = new Money(1_000.00m, Currency.EUR);
Console.WriteLine(string.Join(" + ", invoice.Split(3)));

var notice = LegalDeadline.InDays(new LocalDate(2026, 11, 3), 8, BusinessCalendars.France);
Console.WriteLine(notice.Describe(CultureInfo.InvariantCulture));

var services = new ServiceCollection().AddRecouvrement();
using var provider = services.BuildServiceProvider();
Console.WriteLine(provider.GetRequiredService<IOptions<RecouvrementOptions>>().Value.GetType().Name);

foreach (var assembly in new[] { typeof(Money).Assembly, typeof(LegalDeadline).Assembly, typeof(RecouvrementOptions).Assembly })
{
    var name = assembly.GetName();
    Console.WriteLine($"{name.Name} {name.Version} {string.Concat((name.GetPublicKeyToken() ?? []).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)))}");
}
