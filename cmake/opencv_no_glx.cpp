// Linked only with IFPO_STATIC_OPENCV. libopencv_core.a's OpenGL interop
// (cv::ogl, opengl.cpp) is pulled in with cv::_InputArray and calls three GLX
// functions. Linking libGLX for them would make the binary depend on libglx0,
// whose Debian package brings Mesa and LLVM (~250 MB). This program never
// makes a cv::ogl object, so these are never called; if OpenCV ever did, it
// would find no GL context, as on a machine without a display.
extern "C" {
void* glXGetCurrentContext() { return nullptr; }
void* glXGetCurrentDisplay() { return nullptr; }
void* glXGetProcAddressARB(const unsigned char* /*name*/) { return nullptr; }
}
