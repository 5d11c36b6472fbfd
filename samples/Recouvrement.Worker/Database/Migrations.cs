namespace Recouvrement.Worker.Database;

/// <summary>
/// The worker's schema, one script per version; a new version appends a script, never edits one that shipped. The
/// <c>erp</c> tables are the ERP's side, created only where they do not exist: an integrator replaces them with views of
/// the same columns over their own tables (docs/worker.md).
/// </summary>
internal static class Migrations
{
    internal static readonly string[] Scripts =
    [
        """
        CREATE SCHEMA IF NOT EXISTS erp;

        CREATE TABLE IF NOT EXISTS erp.customers (
            tenant_id   text COLLATE "C" NOT NULL,
            customer_no text COLLATE "C" NOT NULL,
            name        text NOT NULL,
            kind        text NOT NULL DEFAULT 'Business',
            country     text NOT NULL DEFAULT 'FR',
            email       text,
            phone       text,
            PRIMARY KEY (tenant_id, customer_no));

        CREATE TABLE IF NOT EXISTS erp.invoices (
            tenant_id    text COLLATE "C" NOT NULL,
            invoice_no   text COLLATE "C" NOT NULL,
            customer_no  text COLLATE "C" NOT NULL,
            invoice_date date NOT NULL,
            due_date     date NOT NULL,
            amount       numeric(19, 4) NOT NULL,
            currency     text NOT NULL,
            PRIMARY KEY (tenant_id, invoice_no));
        CREATE INDEX IF NOT EXISTS invoices_by_customer ON erp.invoices (tenant_id, customer_no);

        CREATE TABLE IF NOT EXISTS erp.payments (
            tenant_id   text COLLATE "C" NOT NULL,
            payment_no  text COLLATE "C" NOT NULL,
            customer_no text COLLATE "C" NOT NULL,
            received_on date NOT NULL,
            amount      numeric(19, 4) NOT NULL,
            currency    text NOT NULL,
            method      text,
            invoice_no  text COLLATE "C",
            PRIMARY KEY (tenant_id, payment_no));
        CREATE INDEX IF NOT EXISTS payments_by_customer ON erp.payments (tenant_id, customer_no);

        CREATE TABLE IF NOT EXISTS erp.signals (
            tenant_id   text COLLATE "C" NOT NULL,
            signal_no   text COLLATE "C" NOT NULL,
            customer_no text COLLATE "C" NOT NULL,
            signal      jsonb NOT NULL,
            PRIMARY KEY (tenant_id, signal_no));
        CREATE INDEX IF NOT EXISTS signals_by_customer ON erp.signals (tenant_id, customer_no);

        -- What the worker keeps: the cases with their events, the events one row each, the charges it posted, every
        -- action of every run (the host's outbox: letters to send, tasks to assign), and the problems it met.
        -- Amounts are plain numeric, so that each keeps the scale it was computed with.
        CREATE TABLE recouvrement.cases (
            tenant_id   text COLLATE "C" NOT NULL,
            case_id     text COLLATE "C" NOT NULL,
            customer_no text COLLATE "C" NOT NULL,
            state       text NOT NULL,
            updated_on  date NOT NULL,
            body        jsonb NOT NULL,
            PRIMARY KEY (tenant_id, case_id));
        CREATE INDEX cases_by_customer ON recouvrement.cases (tenant_id, customer_no);

        CREATE TABLE recouvrement.case_events (
            tenant_id   text COLLATE "C" NOT NULL,
            reference   text COLLATE "C" NOT NULL,
            ordinal     smallint NOT NULL,
            case_id     text COLLATE "C" NOT NULL,
            customer_no text COLLATE "C" NOT NULL,
            event_date  date NOT NULL,
            kind        text NOT NULL,
            body        jsonb NOT NULL,
            PRIMARY KEY (tenant_id, reference, ordinal));

        CREATE TABLE recouvrement.charges (
            tenant_id   text COLLATE "C" NOT NULL,
            charge_id   text COLLATE "C" NOT NULL,
            customer_no text COLLATE "C" NOT NULL,
            invoice_no  text COLLATE "C",
            posted_on   date NOT NULL,
            due_on      date NOT NULL,
            kind        text NOT NULL,
            amount      numeric NOT NULL,
            currency    text NOT NULL,
            PRIMARY KEY (tenant_id, charge_id));
        CREATE INDEX charges_by_customer ON recouvrement.charges (tenant_id, customer_no);

        CREATE TABLE recouvrement.actions (
            tenant_id   text COLLATE "C" NOT NULL,
            action_key  text COLLATE "C" NOT NULL,
            run_date    date NOT NULL,
            customer_no text COLLATE "C" NOT NULL,
            kind        text NOT NULL,
            case_id     text COLLATE "C",
            item_id     text COLLATE "C",
            due_on      date NOT NULL,
            amount      numeric NOT NULL,
            currency    text NOT NULL,
            description text NOT NULL,
            PRIMARY KEY (tenant_id, action_key));
        CREATE INDEX actions_by_day ON recouvrement.actions (tenant_id, run_date);

        CREATE TABLE recouvrement.problems (
            tenant_id   text COLLATE "C" NOT NULL,
            run_date    date NOT NULL,
            source      text NOT NULL,
            row_key     text COLLATE "C" NOT NULL,
            message     text NOT NULL,
            customer_no text COLLATE "C" NOT NULL);
        -- A problem met again the same day (a restart, another instance) is recorded once; messages may be long.
        CREATE UNIQUE INDEX problems_once ON recouvrement.problems (tenant_id, run_date, source, row_key, md5(message));

        -- One day's run of a tenant, its partitions (ranges of customer numbers) claimed with FOR UPDATE SKIP LOCKED,
        -- and each customer processed, written in the same transaction as what its run stored.
        CREATE TABLE recouvrement.runs (
            tenant_id   text COLLATE "C" NOT NULL,
            run_date    date NOT NULL,
            partitions  integer NOT NULL,
            started_at  timestamptz NOT NULL,
            finished_at timestamptz,
            PRIMARY KEY (tenant_id, run_date));

        CREATE TABLE recouvrement.run_partitions (
            tenant_id   text COLLATE "C" NOT NULL,
            run_date    date NOT NULL,
            partition   integer NOT NULL,
            first_customer text COLLATE "C",
            next_customer  text COLLATE "C",
            worker      text,
            entries     integer,
            finished_at timestamptz,
            PRIMARY KEY (tenant_id, run_date, partition));

        CREATE TABLE recouvrement.processed_entries (
            tenant_id   text COLLATE "C" NOT NULL,
            run_date    date NOT NULL,
            customer_no text COLLATE "C" NOT NULL,
            worker      text NOT NULL,
            actions     integer NOT NULL,
            processed_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (tenant_id, run_date, customer_no));
        """,
    ];

    /// <summary>The version this worker writes and reads.</summary>
    internal static int Current => Scripts.Length;
}
