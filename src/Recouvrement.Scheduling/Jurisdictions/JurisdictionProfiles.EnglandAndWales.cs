using NodaTime;
using Recouvrement.Escalation;
using Recouvrement.Jurisdictions;
using Recouvrement.Penalties;

namespace Recouvrement.Scheduling;

public static partial class JurisdictionProfiles
{
    private static readonly LadderWords EnglishWords = new("GB", "en-gb", "First reminder", "Second reminder", "Letter before action", "Write-off proposal", "Debt collection agency", "Money claim (County Court)")
    {
        NoticeDays = 14,
        ConsumerNotice = "Letter of claim (Pre-Action Protocol for Debt Claims)",
        ConsumerNoticeDays = 30,
        ConsumerNoticeChannel = StepChannel.Letter,
    };

    /// <summary>
    /// Gets England and Wales (GB-ENG, and GB, GB-EAW, GB-WLS in <see cref="Default"/>): the Late Payment of Commercial
    /// Debts (Interest) Act 1998 (Bank Rate + 8 points fixed per debt, £40, £70 or £100), no statutory interest for
    /// consumers, the letter of claim of the Pre-Action Protocol for Debt Claims with 30 days to respond before a money
    /// claim (the small-claims track up to £10,000), the bank holidays, six years' limitation; thresholds in pounds.
    /// </summary>
    public static Jurisdiction EnglandAndWales { get; } = new("GB-ENG", "England and Wales", Currency.GBP, Zone("Europe/London"), BusinessCalendars.EnglandAndWales, Ladders(EnglishWords, "England and Wales", Currency.GBP))
    {
        Language = "en",
        Rules = Rules(LatePaymentRule.UnitedKingdom(), null, LatePaymentRule.UnitedKingdom()),
        Limitation = Limitation(new LimitationPeriod(Period.FromYears(6), "Limitation Act 1980, s. 5")),
        ConsumerProtection = new ConsumerProtection("Pre-Action Protocol for Debt Claims (2017)")
        {
            FirstLetter = "Letter of claim with the Information Sheet, the Reply Form and a Financial Statement",
            DaysAfterFirstLetter = 30,
        },
        Sources =
        [
            "Late Payment of Commercial Debts (Interest) Act 1998, s. 4, 5A; SI 2002/1675 — Bank Rate + 8 points fixed per debt, £40, £70 or £100 by the debt's size",
            "No statutory interest on a consumer's debt: only the contract's, or the court's under County Courts Act 1984 s. 69 once a claim is issued",
            "Pre-Action Protocol for Debt Claims (in force 1 October 2017) — letter of claim, Information Sheet, Reply Form, 30 days to respond; Practice Direction – Pre-Action Conduct for businesses",
            "CPR Part 7 (money claim), Part 26 — the small-claims track for claims up to £10,000",
            "Limitation Act 1980, s. 5 — six years from the cause of action",
            "Banking and Financial Dealings Act 1971 and the royal proclamations on gov.uk — bank holidays",
        ],
    };
}
