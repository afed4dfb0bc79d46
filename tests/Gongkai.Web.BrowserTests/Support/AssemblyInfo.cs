// One browser flow at a time: each class starts its own application and Chromium, and on two cores running them side
// by side (next to the other test assemblies) only makes every step slower and the timeouts tighter.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
