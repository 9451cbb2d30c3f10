/// The OpenAPI 3.1 document of the API, served at `/openapi.json`; the copy
/// committed as `docs/openapi.json` is checked against it by the tests.
enum OpenAPIDocument {
    static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "warburden",
    "version": "0.1.0",
    "description": "A workspace of versions of named-casualty lists, the analyses of `warburden` on each, the changes between versions, and a dashboard. Every JSON body of an analysis is byte for byte what the command prints with `--format json`. Errors are problem documents (RFC 9457). Reading needs nothing; writing needs the bearer token that `warburden serve` prints. No response holds a person's name: names are never stored. Every path answers a method it does not take with 405 and `Allow`; a request whose `Host` is not one the server answers as (127.0.0.1, localhost, [::1], or `serve --allowed-host`) with 421; a request line or headers over the limits with 431; an upload while as many imports as may run at once are running with 503 and `Retry-After`."
  },
  "servers": [
    {
      "url": "http://127.0.0.1:8080"
    }
  ],
  "tags": [
    {
      "name": "datasets"
    },
    {
      "name": "analyses"
    },
    {
      "name": "files"
    },
    {
      "name": "dashboard"
    },
    {
      "name": "server"
    }
  ],
  "paths": {
    "/healthz": {
      "get": {
        "summary": "Health",
        "tags": [
          "server"
        ],
        "responses": {
          "200": {
            "description": "`status`: ok, the tool's `version`, the number of `datasets`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              }
            }
          }
        }
      }
    },
    "/openapi.json": {
      "get": {
        "summary": "This document",
        "tags": [
          "server"
        ],
        "responses": {
          "200": {
            "description": "The OpenAPI document.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              }
            }
          }
        }
      }
    },
    "/": {
      "get": {
        "summary": "Dashboard",
        "description": "The report of a version, rendered live, with controls (version, changes since, period, unit type, denominator, interval, language, vital statistics). A plain HTML form; nothing is fetched from another origin.",
        "tags": [
          "dashboard"
        ],
        "parameters": [
          {
            "name": "dataset",
            "in": "query",
            "description": "The version shown; the latest by default.",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          },
          {
            "name": "since",
            "in": "query",
            "description": "Show the changes since this earlier version.",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          },
          {
            "$ref": "#/components/parameters/unit_type"
          },
          {
            "$ref": "#/components/parameters/denominator"
          },
          {
            "$ref": "#/components/parameters/ci"
          },
          {
            "name": "lang",
            "in": "query",
            "description": "Language of the report.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "en",
                "ru"
              ]
            }
          },
          {
            "name": "mortality",
            "in": "query",
            "description": "A mortality file for the excess mortality section.",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The page.",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          },
          "422": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/datasets": {
      "get": {
        "summary": "List versions",
        "tags": [
          "datasets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/format"
          }
        ],
        "responses": {
          "200": {
            "description": "Table `datasets`: id, label, file, format, bytes, sha256, imported_at, region_table, rows, records, rejected.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "post": {
        "summary": "Import a list as a new version",
        "description": "The body is the list itself (CSV, TSV or NDJSON, as `warburden check` reads it), streamed to disk and imported in one transaction: a failed import leaves the workspace unchanged. Names are used only to find duplicates and never stored. Needs the bearer token.",
        "tags": [
          "datasets"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "label",
            "in": "query",
            "description": "The version's label, e.g. the date of the list.",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "name",
            "in": "query",
            "description": "The file's name (its ending picks the format when input_format is not given).",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "input_format",
            "in": "query",
            "description": "csv, tsv or ndjson.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "csv",
                "tsv",
                "ndjson"
              ]
            }
          },
          {
            "name": "regions",
            "in": "query",
            "description": "A region table of the workspace to resolve regions against.",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          },
          {
            "name": "map",
            "in": "query",
            "description": "FIELD=COLUMN, as `--map` (repeatable).",
            "required": false,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          {
            "name": "strict",
            "in": "query",
            "description": "Refuse the list, keeping nothing, when a row is rejected or a region does not resolve, as `--strict`.",
            "required": false,
            "schema": {
              "type": "boolean",
              "default": false
            }
          },
          {
            "name": "allow_name_columns",
            "in": "query",
            "description": "Drop a `map` onto a column of names (first_name, surname…) instead of refusing it, as `--allow-name-columns`; names are never stored.",
            "required": false,
            "schema": {
              "type": "boolean",
              "default": false
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "text/csv": {
              "schema": {
                "type": "string",
                "format": "binary"
              }
            },
            "text/tab-separated-values": {
              "schema": {
                "type": "string",
                "format": "binary"
              }
            },
            "application/x-ndjson": {
              "schema": {
                "type": "string",
                "format": "binary"
              }
            },
            "application/octet-stream": {
              "schema": {
                "type": "string",
                "format": "binary"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new version's fields as metadata and the ledger's tables (`reasons`, `unresolved_regions`, `columns`); `Location` names it.",
            "headers": {
              "Location": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "401": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          },
          "413": {
            "$ref": "#/components/responses/Problem"
          },
          "422": {
            "$ref": "#/components/responses/Problem"
          },
          "503": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/datasets/{id}": {
      "get": {
        "summary": "A version",
        "tags": [
          "datasets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          },
          {
            "$ref": "#/components/parameters/format"
          }
        ],
        "responses": {
          "200": {
            "description": "The version's fields as metadata.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "delete": {
        "summary": "Delete a version",
        "tags": [
          "datasets"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted with its records."
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "401": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/datasets/{id}/ledger": {
      "get": {
        "summary": "Import ledger",
        "description": "What happened to every row, as `warburden check FILE --format json` prints it.",
        "tags": [
          "datasets"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          },
          {
            "$ref": "#/components/parameters/format"
          }
        ],
        "responses": {
          "200": {
            "description": "The ledger.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/datasets/{id}/rates": {
      "get": {
        "summary": "Rates by region",
        "description": "Deaths per 100,000 with confidence intervals, smoothed rates and ranks.",
        "tags": [
          "analyses"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          },
          {
            "$ref": "#/components/parameters/unit_type"
          },
          {
            "$ref": "#/components/parameters/denominator"
          },
          {
            "$ref": "#/components/parameters/format"
          },
          {
            "$ref": "#/components/parameters/ci"
          },
          {
            "$ref": "#/components/parameters/confidence"
          },
          {
            "$ref": "#/components/parameters/per"
          }
        ],
        "responses": {
          "200": {
            "description": "The result, as `warburden rates FILE --format json` prints it for the same list.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          },
          "422": {
            "$ref": "#/components/responses/Problem"
          },
          "503": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/datasets/{id}/groups": {
      "get": {
        "summary": "Groups",
        "description": "Deaths, shares and relative risks by group.",
        "tags": [
          "analyses"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          },
          {
            "$ref": "#/components/parameters/unit_type"
          },
          {
            "$ref": "#/components/parameters/denominator"
          },
          {
            "$ref": "#/components/parameters/format"
          },
          {
            "name": "by",
            "in": "query",
            "description": "federal-district, macro-region, republic, urban-share-quintile, COLUMN-quintile, unit-type or ethnicity.",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "ci",
            "in": "query",
            "description": "Interval of the relative risks.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "score",
                "log-wald"
              ],
              "default": "score"
            }
          },
          {
            "$ref": "#/components/parameters/confidence"
          }
        ],
        "responses": {
          "200": {
            "description": "The result, as `warburden groups --by BY FILE --format json` prints it for the same list.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          },
          "422": {
            "$ref": "#/components/responses/Problem"
          },
          "503": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/datasets/{id}/model": {
      "get": {
        "summary": "Regression",
        "description": "OLS of the rate, Poisson or negative binomial of deaths with a population offset.",
        "tags": [
          "analyses"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          },
          {
            "$ref": "#/components/parameters/unit_type"
          },
          {
            "$ref": "#/components/parameters/denominator"
          },
          {
            "$ref": "#/components/parameters/format"
          },
          {
            "name": "covariates",
            "in": "query",
            "description": "Covariates, comma-separated.",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "family",
            "in": "query",
            "description": "The model.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "ols",
                "poisson",
                "negbin"
              ],
              "default": "ols"
            }
          },
          {
            "$ref": "#/components/parameters/confidence"
          }
        ],
        "responses": {
          "200": {
            "description": "The result, as `warburden model --covariates C FILE --format json` prints it for the same list.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          },
          "422": {
            "$ref": "#/components/responses/Problem"
          },
          "503": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/datasets/{id}/inequality": {
      "get": {
        "summary": "Inequality",
        "description": "Gini, concentration index, poorest-to-richest fifth, capitals against the rest.",
        "tags": [
          "analyses"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          },
          {
            "$ref": "#/components/parameters/unit_type"
          },
          {
            "$ref": "#/components/parameters/denominator"
          },
          {
            "$ref": "#/components/parameters/format"
          },
          {
            "name": "rank_by",
            "in": "query",
            "description": "The covariate ranking regions from poorest to richest.",
            "required": false,
            "schema": {
              "type": "string",
              "default": "mean_income_2020"
            }
          },
          {
            "name": "poorest",
            "in": "query",
            "description": "Which end of rank_by is poorer.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "lowest",
                "highest"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/confidence"
          }
        ],
        "responses": {
          "200": {
            "description": "The result, as `warburden inequality FILE --format json` prints it for the same list.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          },
          "422": {
            "$ref": "#/components/responses/Problem"
          },
          "503": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/datasets/{id}/trends": {
      "get": {
        "summary": "Trends",
        "description": "Deaths per month, quarter or year, by group.",
        "tags": [
          "analyses"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          },
          {
            "$ref": "#/components/parameters/unit_type"
          },
          {
            "$ref": "#/components/parameters/denominator"
          },
          {
            "$ref": "#/components/parameters/format"
          },
          {
            "name": "by",
            "in": "query",
            "description": "The grouping.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "none",
                "unit-type",
                "federal-district",
                "macro-region",
                "republic",
                "ethnicity"
              ],
              "default": "none"
            }
          },
          {
            "name": "period",
            "in": "query",
            "description": "The period.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "month",
                "quarter",
                "year"
              ],
              "default": "month"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The result, as `warburden trends FILE --format json` prints it for the same list.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          },
          "422": {
            "$ref": "#/components/responses/Problem"
          },
          "503": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/datasets/{id}/changes": {
      "get": {
        "summary": "Changes since an earlier version",
        "description": "New deaths per region and the change of each region's rate with its interval (MOVER: the two rates' intervals combined), both versions counted with the same options.",
        "tags": [
          "analyses"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          },
          {
            "$ref": "#/components/parameters/unit_type"
          },
          {
            "$ref": "#/components/parameters/denominator"
          },
          {
            "$ref": "#/components/parameters/format"
          },
          {
            "name": "since",
            "in": "query",
            "description": "The earlier version.",
            "required": true,
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          },
          {
            "$ref": "#/components/parameters/ci"
          },
          {
            "$ref": "#/components/parameters/confidence"
          },
          {
            "$ref": "#/components/parameters/per"
          }
        ],
        "responses": {
          "200": {
            "description": "The result, as `warburden rates FILE --format json` prints it for the same list.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          },
          "422": {
            "$ref": "#/components/responses/Problem"
          },
          "503": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/datasets/{id}/excess": {
      "get": {
        "summary": "Excess male mortality",
        "description": "From a mortality file of the workspace and the regions of the version, as `warburden excess DEATHS --format json` prints it.",
        "tags": [
          "analyses"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          },
          {
            "name": "mortality",
            "in": "query",
            "description": "The mortality file (GET /mortality).",
            "required": true,
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          },
          {
            "name": "by",
            "in": "query",
            "description": "By country or by region.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "country",
                "region"
              ],
              "default": "country"
            }
          },
          {
            "name": "years",
            "in": "query",
            "description": "Target years.",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "ages",
            "in": "query",
            "description": "The band of ages.",
            "required": false,
            "schema": {
              "type": "string",
              "default": "15-49"
            }
          },
          {
            "name": "baseline",
            "in": "query",
            "description": "Baseline years.",
            "required": false,
            "schema": {
              "type": "string",
              "default": "2015-2019"
            }
          },
          {
            "name": "fit",
            "in": "query",
            "description": "The trend of the sex ratio.",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "linear",
                "log"
              ],
              "default": "linear"
            }
          },
          {
            "name": "keep_pandemic_years",
            "in": "query",
            "description": "Keep 2020 and 2021 in the baseline.",
            "required": false,
            "schema": {
              "type": "boolean",
              "default": false
            }
          },
          {
            "$ref": "#/components/parameters/denominator"
          },
          {
            "$ref": "#/components/parameters/format"
          }
        ],
        "responses": {
          "200": {
            "description": "The estimate.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          },
          "422": {
            "$ref": "#/components/responses/Problem"
          },
          "503": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/regions": {
      "get": {
        "summary": "List regions files",
        "description": "Region tables (code,name[,aliases],numeric columns…) for lists of other countries.",
        "tags": [
          "files"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/format"
          }
        ],
        "responses": {
          "200": {
            "description": "Table `regions`: id, kind, label, file, bytes, sha256, imported_at, denominator, region_table.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "post": {
        "summary": "Store a regions file",
        "description": "Region tables (code,name[,aliases],numeric columns…) for lists of other countries; the body is the file (mortality files may be gzip-compressed). It is read before it is stored. Needs the bearer token.",
        "tags": [
          "files"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "label",
            "in": "query",
            "description": "The file's label.",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "name",
            "in": "query",
            "description": "The file's name.",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "denominator",
            "in": "query",
            "description": "The population column.",
            "required": false,
            "schema": {
              "type": "string",
              "default": "population"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "text/csv": {
              "schema": {
                "type": "string",
                "format": "binary"
              }
            },
            "application/octet-stream": {
              "schema": {
                "type": "string",
                "format": "binary"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The stored file's fields; `Location` names it.",
            "headers": {
              "Location": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "401": {
            "$ref": "#/components/responses/Problem"
          },
          "413": {
            "$ref": "#/components/responses/Problem"
          },
          "422": {
            "$ref": "#/components/responses/Problem"
          },
          "503": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/regions/{id}": {
      "get": {
        "summary": "A regions file",
        "tags": [
          "files"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          },
          {
            "$ref": "#/components/parameters/format"
          }
        ],
        "responses": {
          "200": {
            "description": "The file's fields.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "delete": {
        "summary": "Delete a regions file",
        "tags": [
          "files"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "401": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          },
          "409": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/mortality": {
      "get": {
        "summary": "List mortality files",
        "description": "Deaths by region, year, age group and sex, for the excess mortality.",
        "tags": [
          "files"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/format"
          }
        ],
        "responses": {
          "200": {
            "description": "Table `mortality`: id, kind, label, file, bytes, sha256, imported_at, denominator, region_table.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "post": {
        "summary": "Store a mortality file",
        "description": "Deaths by region, year, age group and sex, for the excess mortality; the body is the file (mortality files may be gzip-compressed). It is read before it is stored. Needs the bearer token.",
        "tags": [
          "files"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "label",
            "in": "query",
            "description": "The file's label.",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "name",
            "in": "query",
            "description": "The file's name.",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "regions",
            "in": "query",
            "description": "For another country: the region table of the workspace whose regions the file names.",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "text/csv": {
              "schema": {
                "type": "string",
                "format": "binary"
              }
            },
            "application/octet-stream": {
              "schema": {
                "type": "string",
                "format": "binary"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The stored file's fields; `Location` names it.",
            "headers": {
              "Location": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "401": {
            "$ref": "#/components/responses/Problem"
          },
          "413": {
            "$ref": "#/components/responses/Problem"
          },
          "422": {
            "$ref": "#/components/responses/Problem"
          },
          "503": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/mortality/{id}": {
      "get": {
        "summary": "A mortality file",
        "tags": [
          "files"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          },
          {
            "$ref": "#/components/parameters/format"
          }
        ],
        "responses": {
          "200": {
            "description": "The file's fields.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "delete": {
        "summary": "Delete a mortality file",
        "tags": [
          "files"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/id"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "401": {
            "$ref": "#/components/responses/Problem"
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          },
          "409": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    }
  },
  "components": {
    "parameters": {
      "id": {
        "name": "id",
        "in": "path",
        "description": "The id of a version (or of a stored file): a positive whole number.",
        "required": true,
        "schema": {
          "type": "integer",
          "format": "int64",
          "minimum": 1
        }
      },
      "from": {
        "name": "from",
        "in": "query",
        "description": "Count deaths from this date (YYYY-MM-DD, YYYY-MM or YYYY), as `--from`.",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      "to": {
        "name": "to",
        "in": "query",
        "description": "Count deaths up to this date, as `--to`.",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      "unit_type": {
        "name": "unit_type",
        "in": "query",
        "description": "Count only these unit types (repeat the parameter or separate with commas), as `--unit-type`.",
        "required": false,
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "conscripted",
              "mobilised",
              "volunteer",
              "contract",
              "inmate",
              "private_military_company",
              "security_forces",
              "other",
              "unknown"
            ]
          }
        }
      },
      "denominator": {
        "name": "denominator",
        "in": "query",
        "description": "The population column of the region table, as `--denominator`.",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      "format": {
        "name": "format",
        "in": "query",
        "description": "json (as `--format json` prints it) or csv (the main table, guarded against spreadsheet formulas).",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "json",
            "csv"
          ],
          "default": "json"
        }
      },
      "ci": {
        "name": "ci",
        "in": "query",
        "description": "Interval method of the rates, as `--ci`.",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "wilson-cc",
            "wilson",
            "wald",
            "exact-poisson",
            "clopper-pearson"
          ],
          "default": "wilson-cc"
        }
      },
      "confidence": {
        "name": "confidence",
        "in": "query",
        "description": "Confidence level, between 0 and 1.",
        "required": false,
        "schema": {
          "type": "number",
          "exclusiveMinimum": 0,
          "exclusiveMaximum": 1,
          "default": 0.95
        }
      },
      "per": {
        "name": "per",
        "in": "query",
        "description": "Rates per this many people.",
        "required": false,
        "schema": {
          "type": "number",
          "exclusiveMinimum": 0,
          "default": 100000
        }
      }
    },
    "securitySchemes": {
      "bearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "The token `warburden serve` prints at start, or the one given with `--token`."
      }
    },
    "schemas": {
      "Document": {
        "type": "object",
        "description": "Metadata as members, then each table as an array of row objects under its name (tidy: one row per region, group, period or term; snake_case columns; numbers at full precision; missing values null; non-finite numbers as the strings NaN, Infinity, -Infinity).",
        "additionalProperties": true
      },
      "Problem": {
        "type": "object",
        "description": "RFC 9457 problem details.",
        "required": [
          "type",
          "title",
          "status",
          "detail",
          "code"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "urn:warburden:problem:CODE"
          },
          "title": {
            "type": "string"
          },
          "status": {
            "type": "integer"
          },
          "detail": {
            "type": "string",
            "description": "What was wrong, naming the parameter or the limit."
          },
          "instance": {
            "type": "string",
            "description": "The path asked for (absent when the request's head could not be read)."
          },
          "code": {
            "type": "string",
            "enum": [
              "bad_path",
              "bad_query",
              "unauthorized",
              "unknown_dataset",
              "unknown_resource",
              "not_found",
              "method_not_allowed",
              "too_large",
              "malformed_upload",
              "unprocessable",
              "in_use",
              "timeout",
              "storage",
              "internal_error"
            ]
          }
        }
      }
    },
    "responses": {
      "Problem": {
        "description": "A problem document.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      }
    }
  }
}

"""#
}
