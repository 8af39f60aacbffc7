// What image analysis measured on one face of one asset: plain numbers, so
// score/ and store/ need not know OpenCV.
#pragma once

namespace ifpo {

struct FaceMeasures {
  // README formula: Laplacian variance of the whole thumbnail resized to 300x300.
  double classic_sharpness = 0;
  // On the face itself (image::InnerFace), at the crop's analysis scale:
  double face_sharpness = 0;  // detail ratio: mean squared Laplacian / mean squared gradient
  double dark_clip = 0;       // fraction of pixels at or below 8/255 luminance
  double bright_clip = 0;     // fraction of pixels at or above 247/255
  double mean_luma = 0;       // 0..1
  double contrast = 0;        // standard deviation of luminance, 0..1
  int crop_pixels = 0;        // side of the crop in the analysed image, pixels
};

}  // namespace ifpo
