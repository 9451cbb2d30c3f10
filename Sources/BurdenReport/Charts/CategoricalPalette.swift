/// Colours for categories that have no order (unit types, macro-regions).
public enum CategoricalPalette {
    /// Okabe & Ito (2008): eight colours told apart with every common colour-vision
    /// deficiency — orange, sky blue, bluish green, yellow, blue, vermillion, reddish
    /// purple, grey.
    public static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"]

    /// Tol's "muted" scheme (Tol 2021, colour-blind safe) and two more of his colours,
    /// for up to eleven categories.
    public static let muted = [
        "#CC6677", "#332288", "#88CCEE", "#DDCC77", "#117733", "#44AA99", "#999933", "#AA4499", "#882255", "#661100",
        "#6699CC",
    ]

    /// The colour for "unknown" or "none": a light grey.
    public static let missing = "#CCCCCC"
}
