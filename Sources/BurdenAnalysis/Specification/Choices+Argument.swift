import ArgumentParser
import BurdenStats

// The enumerations of BurdenStats that options choose from; their raw values are the
// spellings users type on the command line and in the API.

extension ProportionInterval.Method: ExpressibleByArgument, ArgumentSchema {}

extension RelativeRisk.Method: ExpressibleByArgument, ArgumentSchema {}
