package org.careercompass.catalog.occupation;

import org.careercompass.catalog.area.AreaView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an occupation pays in one area, beside the national figures")
public record OccupationLocalPay(@Schema(examples = "29-1141.00") String code,
        @Schema(examples = "Registered Nurses") String title,
        @Schema(description = "National wages (BLS OEWS national estimates)") OccupationDetail.Pay national,
        AreaView.LocalPay local,
        @Schema(description = "The data release this answer comes from", examples = "onet=29.0; oews=2024; ep=2024-34; generation=1") String release) {
}
