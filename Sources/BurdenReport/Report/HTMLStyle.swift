/// The style sheet of the HTML report, inlined in the page: system fonts only,
/// nothing fetched, readable from phone width up, printable.
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; }
        body { margin: 0; background: #ffffff; color: #1a1a1a; line-height: 1.45;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif; }
        main { max-width: 1180px; margin: 0 auto; padding: 12px 16px 48px; }
        header h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.6em 0 0.25em; }
        header p { color: #555555; margin: 0 0 0.5em; }
        nav { font-size: 0.9rem; margin: 0.5em 0 1em; }
        nav a { color: #2166ac; margin-right: 0.9em; text-decoration: none; white-space: nowrap; }
        section { margin: 2.4em 0 0; }
        h2 { font-size: 1.35rem; border-bottom: 1px solid #dddddd; padding-bottom: 0.2em; }
        h3 { font-size: 1.08rem; margin: 1.6em 0 0.4em; }
        p, li, dd { max-width: 48em; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr)); gap: 12px; }
        .card { border: 1px solid #dddddd; border-radius: 6px; padding: 10px 12px; background: #f8f8f8; }
        .card .value { font-size: 1.45rem; font-weight: 600; font-variant-numeric: tabular-nums; }
        .card .label { font-size: 0.92rem; color: #333333; }
        .card .detail { font-size: 0.84rem; color: #666666; margin-top: 0.2em; }
        figure { margin: 1.2em 0; }
        figure { overflow-x: auto; }
        figure svg { display: block; width: 100%; min-width: 400px; height: auto; }
        figure#figure-map-tiles svg { min-width: 480px; }
        figure.wide { max-width: 820px; }
        figure.tall { max-width: 640px; }
        figcaption { font-size: 0.86rem; color: #555555; max-width: 48em; margin-top: 0.4em; }
        figcaption strong { color: #222222; }
        .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 460px), 1fr)); gap: 8px 24px; }
        .table { overflow-x: auto; margin: 1em 0; }
        table { border-collapse: collapse; font-size: 0.86rem; }
        p.caption { font-size: 0.84rem; color: #555555; margin: -0.6em 0 1em; }
        th, td { padding: 3px 8px; border-bottom: 1px solid #e6e6e6; text-align: left; vertical-align: top; }
        th { border-bottom: 1px solid #999999; font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        details { margin: 1em 0; }
        summary { cursor: pointer; color: #2166ac; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; font-size: 0.92rem; }
        dt { color: #555555; }
        dd { margin: 0; }
        code { font-size: 0.86em; overflow-wrap: anywhere; }
        ul.commands { font-size: 0.86rem; padding-left: 1.2em; }
        footer { margin-top: 3em; font-size: 0.8rem; color: #777777; }
        @media (max-width: 600px) { header h1 { font-size: 1.35rem; } dl { grid-template-columns: auto; } dd { margin-bottom: 0.4em; } }
        @media print { nav, summary { display: none; } details > * { display: block; } section { break-inside: avoid-page; } }
        """
}
