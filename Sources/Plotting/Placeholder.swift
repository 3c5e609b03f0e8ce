// Placeholder until the Plotting target lands.
enum PlottingPlaceholder {}
