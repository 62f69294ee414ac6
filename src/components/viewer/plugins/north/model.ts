export interface NorthConfig {
  /**
   * Per scene id: the compass heading of its photo's centre in degrees (GPano PoseHeadingDegrees),
   * or undefined when the photo does not say (north is then drawn at the photo's centre, yaw 0).
   */
  headings: Record<string, number | undefined>;
}
