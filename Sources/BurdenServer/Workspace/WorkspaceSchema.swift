import GRDB

/// The workspace's tables, built by versioned migrations: a workspace made by an
/// earlier version of the tool is brought up to date when it is opened, and one
/// made by a later version is refused rather than misread.
///
/// - `dataset`: one row per imported version of a list, with its ledger as JSON.
/// - `record`: the records of every version, without names (the importer never
///   keeps them), in file order.
/// - `stored_file`: region tables, mortality files and the tables of the replacement
///   balance (`v3-balance-files`), with their bytes; for a mortality file, the region
///   table it was read against (`v2-mortality-regions`).
enum WorkspaceSchema {
    /// The migrations, in order; a new schema is a new migration, never an edit of an old one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-datasets") { db in
            try db.execute(sql: """
                CREATE TABLE stored_file (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN ('regions', 'mortality')),
                    label TEXT NOT NULL,
                    file TEXT NOT NULL,
                    bytes INTEGER NOT NULL,
                    sha256 TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    denominator TEXT,
                    content BLOB NOT NULL
                );
                CREATE TABLE dataset (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    label TEXT NOT NULL,
                    file TEXT NOT NULL,
                    format TEXT NOT NULL,
                    bytes INTEGER NOT NULL,
                    sha256 TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    region_table INTEGER REFERENCES stored_file(id) ON DELETE RESTRICT,
                    rows INTEGER NOT NULL,
                    records INTEGER NOT NULL,
                    rejected INTEGER NOT NULL,
                    ledger TEXT NOT NULL
                );
                CREATE TABLE record (
                    dataset INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    source_id TEXT,
                    region TEXT,
                    settlement TEXT,
                    birth_date TEXT,
                    death_date TEXT,
                    confirmation_date TEXT,
                    age INTEGER,
                    unit_type TEXT NOT NULL,
                    rank TEXT,
                    ethnicity TEXT,
                    PRIMARY KEY (dataset, position)
                ) WITHOUT ROWID;
                """)
        }
        // A mortality file fits the versions imported with the region table it was
        // read against; files stored before this migration count as read against the
        // built-in reference.
        migrator.registerMigration("v2-mortality-regions") { db in
            try db.execute(sql: "ALTER TABLE stored_file ADD COLUMN region_table INTEGER REFERENCES stored_file(id) ON DELETE RESTRICT")
        }
        // The tables of the replacement balance join the stored files. SQLite cannot
        // change a CHECK constraint, so the table is built again (foreign keys are off
        // while a migration runs and checked before it commits), its rows and its
        // AUTOINCREMENT counter carried over so that no id is ever given twice.
        migrator.registerMigration("v3-balance-files") { db in
            let kinds = "'regions', 'mortality', 'recruitment-claims', 'conscription-decrees', 'loss-series', 'weekly-estimate'"
            let columns = "id, kind, label, file, bytes, sha256, imported_at, denominator, content, region_table"
            try db.execute(sql: """
                CREATE TABLE stored_file_v3 (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                    label TEXT NOT NULL,
                    file TEXT NOT NULL,
                    bytes INTEGER NOT NULL,
                    sha256 TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    denominator TEXT,
                    content BLOB NOT NULL,
                    region_table INTEGER REFERENCES stored_file(id) ON DELETE RESTRICT
                );
                INSERT INTO stored_file_v3 (\(columns)) SELECT \(columns) FROM stored_file;
                DELETE FROM sqlite_sequence WHERE name = 'stored_file_v3';
                INSERT INTO sqlite_sequence (name, seq) SELECT 'stored_file_v3', seq FROM sqlite_sequence WHERE name = 'stored_file';
                DROP TABLE stored_file;
                ALTER TABLE stored_file_v3 RENAME TO stored_file;
                """)
        }
        return migrator
    }
}
